using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>One step of a pipeline phase: takes the documents the previous module returned and returns the next ones.</summary>
internal interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context);
}
