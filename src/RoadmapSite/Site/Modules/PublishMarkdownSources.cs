using System.Collections.Immutable;
using RoadmapSite.Data;
using RoadmapSite.Parsing;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes each content file's Markdown as it was read (under <c>markdown/</c>, as roadmap.json's parts name it), so a
/// visitor can download the roadmap with exactly their done topics ticked: the site changes only the checkboxes.
/// </summary>
internal sealed class PublishMarkdownSources : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var sources = context.OutputsOf(SitePipelines.Roadmap).Single().Get(MetadataKeys.Sources);
        var paths = RoadmapJson.MarkdownPaths(sources.Select(source => source.File).ToList());
        return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. sources.Select((source, i) => Published(paths[i], source))]);
    }

    /// <summary>The file as it was, byte order mark included: a download gives it back byte for byte but for the ticks.</summary>
    private static Document Published(string path, SourceDocument source)
    {
        var document = Document.FromText(path, source.Text);
        return source.ByteOrderMark ? document.WithContent(new ReadOnlyMemory<byte>([.. "\uFEFF"u8, .. document.Content.Span])) : document;
    }
}
