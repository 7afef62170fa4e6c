using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>A module written inline, for one-off steps that don't deserve a class of their own.</summary>
public sealed class Execute : IModule
{
    private readonly Func<ImmutableArray<Document>, PipelineContext, Task<ImmutableArray<Document>>> _body;

    public Execute(Func<ImmutableArray<Document>, PipelineContext, Task<ImmutableArray<Document>>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = body;
    }

    public Execute(Func<ImmutableArray<Document>, PipelineContext, IEnumerable<Document>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = (inputs, context) => Task.FromResult(body(inputs, context).ToImmutableArray());
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        _body(inputs, context);
}
