using System.Collections.Immutable;
using RoadmapSite.Layout;
using RoadmapSite.Model;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Lays out the index graph and one graph per section. Each document carries a function that renders its graph as
/// inline SVG when its page is rendered: a large roadmap's SVG runs to hundreds of megabytes, too much to keep for
/// the whole build.
/// </summary>
internal sealed class LayOutGraphs(SiteUrls urls) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var roadmap = context.Roadmap();
        // A topic's node opens the topic in place (graph.js); its link, for a modified click or a page without
        // JavaScript, is the topic in a checklist: on a section page that page's own, on the index the whole-roadmap
        // page, whose address is the shortest on a map that draws every topic.
        string IndexHref(GraphNode node) => node.Kind switch
        {
            GraphNodeKind.Title => "",
            GraphNodeKind.Section => urls.Section(node.SectionId!),
            _ => urls.Tree + "#" + node.ItemId,
        };

        string SectionHref(GraphNode node) => node.Kind switch
        {
            GraphNodeKind.Title => "",
            GraphNodeKind.Section => urls.Section(node.SectionId!),
            _ => "#" + node.ItemId,
        };

        var graphs = new Document[roadmap.Sections.Length + 1];
        var index = RoadmapGraph.ForRoadmap(roadmap);
        graphs[0] = Graph("", () => SvgGraphRenderer.Render(index, IndexHref, $"Graph of {roadmap.Title}"));
        Parallel.For(0, roadmap.Sections.Length, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var section = roadmap.Sections[i];
            var layout = RoadmapGraph.ForSection(section);
            graphs[i + 1] = Graph(section.Id, () => SvgGraphRenderer.Render(layout, SectionHref, $"Graph of {section.Title}"));
        });
        return Task.FromResult(graphs.ToImmutableArray());
    }

    private static Document Graph(string of, Func<string> svg) =>
        Document.Empty.WithMetadata(MetadataKeys.GraphOf, of).WithMetadata(MetadataKeys.GraphSvg, svg);
}
