using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Site;

/// <summary>Runs the site's pipelines into an output folder: the one entry point for build and serve.</summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(ResolvedSite site, string outputDirectory, IProgress<PhaseReport>? progress = null, CancellationToken cancellation = default) =>
        BuildAsync(site, new EngineOptions { OutputDirectory = outputDirectory, Progress = progress }, cancellation);

    /// <summary>As above, with the engine's options (the protected paths are always the site's sources).</summary>
    internal static Task<BuildResult> BuildAsync(ResolvedSite site, EngineOptions options, CancellationToken cancellation = default) =>
        Engine.RunAsync(SitePipelines.Create(site), options with { ProtectedPaths = ProtectedPathsOf(site) }, cancellation);

    /// <summary>Warms up Markdig and the sanitizer on a spare core; call first thing, before reading site.yml.</summary>
    public static void Prepare() => MarkdownSetup.Prepare();

    /// <summary>What a build produced, for the one-line summary: pages written and the roadmap's items.</summary>
    public static SiteSummary Summarize(BuildResult result)
    {
        var roadmap = result.Outputs.TryGetValue(SitePipelines.Roadmap, out var documents) && documents.Length == 1
            ? documents[0].Get(MetadataKeys.Roadmap)
            : null;
        var items = roadmap?.AllItems().ToList() ?? [];
        var pages = result.Outputs.TryGetValue(SitePipelines.Pages, out var rendered) ? rendered.Length : 0;
        return new SiteSummary(pages, items.Count, items.Count(i => i.Trackable));
    }

    /// <summary>Everything the build reads: the output replacing any of them would delete the sources or publish itself.</summary>
    private static List<ProtectedPath> ProtectedPathsOf(ResolvedSite site)
    {
        var content = site.Content.IsFolder
            ? new ProtectedPath(site.Content.Path, "content folder")
            : new ProtectedPath(Path.Combine(site.Content.Path, Path.GetFileName(site.Content.DisplayPath)), "content file");
        List<ProtectedPath> paths = [content, new ProtectedPath(site.Theme.DefaultDirectory, "theme folder")];
        if (site.Theme.OverrideDirectory is { } overrideTheme)
        {
            paths.Add(new ProtectedPath(overrideTheme, "site theme folder"));
        }

        return paths;
    }
}
