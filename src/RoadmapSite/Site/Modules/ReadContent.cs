using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>One document per content file, in roadmap order, carrying the file's text and its name for diagnostics.</summary>
public sealed class ReadContent(ContentFolder content) : IModule
{
    public const string FileKey = "File";

    /// <summary>Set (true) on a file that began with a UTF-8 byte order mark.</summary>
    public const string ByteOrderMarkKey = "ByteOrderMark";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult<ImmutableArray<Document>>([.. content.Documents.Select(source =>
            Document.FromText(null, source.Text).WithMetadata(FileKey, source.File).WithMetadata(ByteOrderMarkKey, source.ByteOrderMark))]);
}
