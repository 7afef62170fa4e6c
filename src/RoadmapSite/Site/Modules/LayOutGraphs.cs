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
        var sectionOfItem = roadmap.Sections
            .SelectMany(section => section.AllItems().Select(item => (item.Id, section.Id)))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.Ordinal);

        string Href(GraphNode node) => node.Kind switch
        {
            GraphNodeKind.Title => "",
            GraphNodeKind.Section => urls.Section(node.SectionId!),
            _ => urls.Item(sectionOfItem[node.ItemId!], node.ItemId!),
        };

        var graphs = new Document[roadmap.Sections.Length + 1];
        var index = RoadmapGraph.ForRoadmap(roadmap);
        graphs[0] = Graph("", () => SvgGraphRenderer.Render(index, Href, $"Graph of {roadmap.Title}"));
        Parallel.For(0, roadmap.Sections.Length, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var section = roadmap.Sections[i];
            var layout = RoadmapGraph.ForSection(section);
            graphs[i + 1] = Graph(section.Id, () => SvgGraphRenderer.Render(layout, Href, $"Graph of {section.Title}"));
        });
        return Task.FromResult(graphs.ToImmutableArray());
    }

    private static Document Graph(string of, Func<string> svg) =>
        Document.Empty.WithMetadata(MetadataKeys.GraphOf, of).WithMetadata(MetadataKeys.GraphSvg, svg);
}
