using RoadmapSite.Pipelines;

namespace RoadmapSite.Site;

/// <summary>Runs the site's pipelines into an output folder: the one entry point for build and serve.</summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(SiteBuild site, string outputDirectory, IProgress<PhaseReport>? progress = null, CancellationToken cancellation = default) =>
        Engine.RunAsync(
            SitePipelines.Create(site),
            new EngineOptions { OutputDirectory = outputDirectory, ProtectedPaths = ProtectedPathsOf(site), Progress = progress },
            cancellation);

    /// <summary>Everything the build reads: the output replacing any of them would delete the sources or publish itself.</summary>
    private static List<ProtectedPath> ProtectedPathsOf(SiteBuild site)
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
