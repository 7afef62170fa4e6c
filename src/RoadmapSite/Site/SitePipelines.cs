using RoadmapSite.Pipelines;
using RoadmapSite.Site.Modules;

namespace RoadmapSite.Site;

/// <summary>
/// The whole build, declared. Documents flow one way: content files are parsed into the roadmap; graphs are
/// laid out from it; pages are rendered from the roadmap, the graphs and the fingerprinted theme assets;
/// data files and the sitemap are derived; finally every link of every page is checked before anything is published, and the list of everything published
/// is written for the service worker to cache.
/// </summary>
internal static class SitePipelines
{
    public const string Roadmap = "Roadmap";
    public const string Assets = "Assets";
    public const string StaticFiles = "StaticFiles";
    public const string Graphs = "Graphs";
    public const string Pages = "Pages";
    public const string Data = "Data";
    public const string Sitemap = "Sitemap";
    public const string Validate = "Validate";
    public const string LiveReload = "LiveReload";
    public const string Offline = "Offline";
    public const string Badges = "Badges";
    public const string Strings = "Strings";

    public static IReadOnlyList<Pipeline> Create(ResolvedSite site) =>
    [
        .. site.ServeBuildNumber is not null ? [new Pipeline(LiveReload) { Process = [new AddLiveReloadClient()], Output = [new WriteFiles()] }] : Array.Empty<Pipeline>(),
        new(Roadmap)
        {
            Input = [new AddContentFiles(site.Content)],
            Process = [new ParseRoadmap(site.Settings)],
        },
        new(Strings)
        {
            Input = [new ReadStrings(site.Theme, site.Settings.Language)],
        },
        new(Assets)
        {
            Dependencies = [Strings],
            Input = [new ReadThemeAssets(site.Theme)],
            Process = [new AddClientStrings(), new MinifyAssets(), new FingerprintAssets()],
            Output = [new WriteFiles()],
        },
        new(StaticFiles)
        {
            Input = [new ReadStaticFiles(site.Content)],
            Output = [new WriteFiles()],
        },
        new(Graphs)
        {
            Dependencies = [Roadmap, Strings],
            Process = [new LayOutGraphs(site.Urls)],
        },
        new(Pages)
        {
            Dependencies = [Roadmap, Graphs, Assets, StaticFiles, Strings],
            Input = [new ParseTemplates(site.Templates)],
            Process = [new CreatePages(site.Settings, site.Urls, site.ServeBuildNumber), new RenderTemplates(site.Templates), new ResolveLinks(site.Urls, site.Settings.RepositoryUrl)],
            Output = [new WriteFiles()],
        },
        new(Data)
        {
            Dependencies = [Roadmap, Assets],
            Process = [new WriteRoadmapJson(site.Content, site.Urls), new BuildSearchIndex(site.Urls), new CreateWebManifest(site.Settings, site.Urls), new PublishMarkdownSources()],
            Output = [new WriteFiles()],
        },
        new(Badges)
        {
            Dependencies = [Roadmap, Strings],
            Process = [new WriteBadges(site.Settings)],
            Output = [new WriteFiles()],
        },
        new(Sitemap)
        {
            Dependencies = [Pages],
            Process = [new CreateSitemap(site.Urls)],
            Output = [new WriteFiles()],
        },
        new(Validate)
        {
            PostProcess = [new ValidateLinks(site.Urls)],
        },
        new(Offline)
        {
            PostProcess = [new CreateOfflineManifest(site.Urls)],
            Output = [new WriteFiles()],
        },
    ];
}
