using RoadmapSite.Tests.Support;
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

    /// <summary>Costs what its "Cost" metadata says; writes its index.</summary>
    private sealed class ByCost : ForEachDocument
    {
        protected override long Cost(Document input) => input.Get<int>("Cost");

        protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context) =>
            ValueTask.FromResult<IEnumerable<Document>>([input.WithContent($"{input.Get<int>("Index")}")]);
    }

    [Fact]
    public async Task The_costliest_documents_start_first_ties_in_input_order_and_results_come_back_in_input_order()
    {
        // Given: the whole-tree page of a big roadmap is one document that costs more than all the others together
        using var folder = new TempFolder();
        int[] costs = [3, 1, 9, 0, 3];
        var inputs = costs.Select((cost, index) => Document.Empty.WithMetadata("Index", index).WithMetadata("Cost", cost)).ToImmutableArray();
        var module = new ByCost();
        var pipeline = new Pipeline("Pages") { Process = [new Execute((_, _) => inputs), module] };

        // When
        var starts = module.StartOrder(inputs);
        var result = await Engine.RunAsync([pipeline], new EngineOptions { OutputDirectory = folder.Output });

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([2, 0, 4, 1, 3], starts);
        Assert.Equal(["0", "1", "2", "3", "4"], result.Outputs["Pages"].Select(document => document.ContentAsString()));
    }

    [Fact]
    public async Task Results_come_back_in_input_order_whatever_order_documents_finish_in()
    {
        // Given
        const int count = 40;
        using var folder = new TempFolder();
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
