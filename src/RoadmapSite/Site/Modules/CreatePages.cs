using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// One document per page (index, a page per section, the whole tree, search, 404), each carrying the layout it is
/// rendered with and its template model.
/// </summary>
internal sealed class CreatePages(SiteSettings settings, SiteUrls urls, int? serveBuildNumber = null) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var roadmap = context.Roadmap();
        var graphs = context.OutputsOf(SitePipelines.Graphs)
            .ToDictionary(graph => graph.Get(MetadataKeys.GraphOf), graph => graph.Get(MetadataKeys.GraphSvg), StringComparer.Ordinal);
        var assets = context.AssetUrls(urls);
        var factory = new PageModelFactory(
            roadmap,
            settings,
            urls,
            assets,
            graphOf => graphs[graphOf],
            context.Strings(),
            serveBuildNumber is { } build ? urls.File(Serving.LiveReloadHub.ClientScriptPath) + "?build=" + build : "");

        var pages = ImmutableArray.CreateBuilder<Document>();
        pages.Add(Page("index.html", "index", factory.Index).WithMetadata(MetadataKeys.TopicsShown, roadmap.Sections.Sum(section => section.Items.Length)));
        pages.AddRange(roadmap.Sections.Select(section => Page(SiteUrls.SectionOutputFile(section.Id), "section", () => factory.Section(section))
            .WithMetadata(MetadataKeys.TopicsShown, section.AllItems().Count())));
        pages.Add(Page("tree/index.html", "tree", factory.Tree).WithMetadata(MetadataKeys.TopicsShown, roadmap.AllItems().Count()));
        pages.Add(Page("search/index.html", "search", factory.Search));
        pages.Add(Page("404.html", "404", factory.NotFound));
        return Task.FromResult(pages.ToImmutable());
    }

    /// <summary>
    /// The model is made when the page is rendered, not here: a model holds every item it shows, and building all
    /// of them up front kept every page's model alive at once (gigabytes at 100,000 items).
    /// </summary>
    private static Document Page(string destination, string layout, Func<Scriban.Runtime.ScriptObject> model) =>
        Document.Empty.WithDestination(destination).WithMetadata(MetadataKeys.Layout, layout).WithMetadata(MetadataKeys.PageModel, model);
}
