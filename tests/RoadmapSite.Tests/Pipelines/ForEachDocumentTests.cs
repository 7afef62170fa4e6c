using System.Collections.Immutable;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

public sealed class ForEachDocumentTests
{
    /// <summary>Later documents finish first, and each document becomes two.</summary>
    private sealed class SlowerForEarlierDocuments(int count) : ForEachDocument
    {
        protected override async ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
        {
            var index = input.Get<int>("Index");
            await Task.Delay((count - index) * 3, context.Cancellation);
            return [input.WithContent($"{index}a"), input.WithContent($"{index}b")];
        }
    }

    /// <summary>Drops every document whose index is odd.</summary>
    private sealed class KeepEven : ForEachDocument
    {
        protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context) =>
            ValueTask.FromResult<IEnumerable<Document>>(input.Get<int>("Index") % 2 == 0 ? [input] : []);
    }

    [Fact]
    public async Task Results_come_back_in_input_order_whatever_order_documents_finish_in()
    {
        // Given
        const int count = 40;
        using var folder = new TemporaryFolder();
        var inputs = Enumerable.Range(0, count).Select(i => Document.Empty.WithMetadata("Index", i)).ToImmutableArray();
        var pipeline = new Pipeline("Numbers")
        {
            Process = [new Execute((_, _) => inputs), new SlowerForEarlierDocuments(count), new KeepEven()],
        };

        // When
        var result = await Engine.RunAsync([pipeline], new EngineOptions { OutputDirectory = folder.Output });

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var expected = Enumerable.Range(0, count).Where(i => i % 2 == 0).SelectMany(i => new[] { $"{i}a", $"{i}b" });
        Assert.Equal(expected, result.Outputs["Numbers"].Select(document => document.ContentAsString()));
    }
}
