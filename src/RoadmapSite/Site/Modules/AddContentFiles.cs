using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// One document per content file, in roadmap order, carrying the file as read (its text and its name for
/// diagnostics) under <see cref="MetadataKeys.Source"/>: the text goes to the parser as it is, not encoded to bytes and back.
/// </summary>
internal sealed class AddContentFiles(ContentFolder content) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult<ImmutableArray<Document>>([.. content.Documents.Select(source =>
            Document.Empty.WithMetadata(MetadataKeys.Source, source))]);
}
