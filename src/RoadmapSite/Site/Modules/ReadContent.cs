using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>One document per content file, in roadmap order, carrying the file's text and its name for diagnostics.</summary>
internal sealed class ReadContent(ContentFolder content) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult<ImmutableArray<Document>>([.. content.Documents.Select(source =>
            Document.FromText(null, source.Text).WithMetadata(MetadataKeys.SourceFile, source.File).WithMetadata(MetadataKeys.ByteOrderMark, source.ByteOrderMark))]);
}
