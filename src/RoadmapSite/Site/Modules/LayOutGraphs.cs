using System.Collections.Immutable;
using RoadmapSite.Layout;
using RoadmapSite.Model;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>Lays out the index graph and one graph per section, and renders each as inline SVG.</summary>
public sealed class LayOutGraphs(SiteUrls urls) : IModule
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
        graphs[0] = Graph("", SvgGraphRenderer.Render(RoadmapGraph.ForRoadmap(roadmap), Href, $"Graph of {roadmap.Title}"));
        Parallel.For(0, roadmap.Sections.Length, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var section = roadmap.Sections[i];
            graphs[i + 1] = Graph(section.Id, SvgGraphRenderer.Render(RoadmapGraph.ForSection(section), Href, $"Graph of {section.Title}"));
        });
        return Task.FromResult(graphs.ToImmutableArray());
    }

    private static Document Graph(string of, string svg) =>
        Document.Empty.WithMetadata(MetadataKeys.GraphOf, of).WithMetadata(MetadataKeys.GraphSvg, svg);
}
