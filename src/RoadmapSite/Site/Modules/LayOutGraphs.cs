using System.Collections.Immutable;
using System.Text;
using RoadmapSite.Layout;
using RoadmapSite.Model;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Lays out and draws the index graph and one graph per section, on every core: each document carries its graph as
/// inline SVG, held as UTF-8 (the form pages are written in), which the Pages pipeline places as it is.
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

        var strings = context.Strings();
        var labels = new GraphLabels(
            strings.Get("graph.node_section", new Dictionary<string, object?> { ["title"] = "{0}" }),
            strings.Get("graph.node_group"),
            strings.Get("graph.node_easy"),
            strings.Get("graph.node_medium"),
            strings.Get("graph.node_hard"),
            strings.Get("graph.node_unmarked"),
            stars => strings.Get("graph.node_importance", stars));
        string GraphOf(string title) => strings.Get("page.graph_of", new Dictionary<string, object?> { ["title"] = title });
        var graphs = new Document[roadmap.Sections.Length + 1];
        // A page read right to left gets its map mirrored with it.
        var mirrored = strings.PageDirection(roadmap.Direction) == "rtl";
        GraphLayout Placed(GraphLayout layout) => mirrored ? layout.Mirrored() : layout;
        var index = Placed(RoadmapGraph.ForRoadmap(roadmap));
        // The index first: it is the largest (every topic of the roadmap), so it does not start last and run alone.
        Parallel.For(0, roadmap.Sections.Length + 1, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            if (i == 0)
            {
                graphs[0] = Graph("", SvgGraphRenderer.Render(index, IndexHref, GraphOf(roadmap.Title), labels));
                return;
            }

            var section = roadmap.Sections[i - 1];
            graphs[i] = Graph(section.Id, SvgGraphRenderer.Render(Placed(RoadmapGraph.ForSection(section)), SectionHref, GraphOf(section.Title), labels));
        });
        return Task.FromResult(graphs.ToImmutableArray());
    }

    private static Document Graph(string of, string svg) =>
        Document.Empty.WithMetadata(MetadataKeys.GraphOf, of).WithMetadata(MetadataKeys.GraphSvg, SanitizedHtml.FromUtf8(Encoding.UTF8.GetBytes(svg)));
}
