using System.Collections.Immutable;

using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

/// <summary>A module written inline, for tests of the engine: a step without a class of its own.</summary>
internal sealed class Execute : IModule
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
