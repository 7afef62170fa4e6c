using RoadmapSite.Pipelines;

namespace RoadmapSite.Site;

/// <summary>Runs the site's pipelines into an output folder: the one entry point for build and serve.</summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(SiteBuild site, string outputDirectory, IProgress<PhaseReport>? progress = null, CancellationToken cancellation = default) =>
        Engine.RunAsync(SitePipelines.Create(site), new EngineOptions { OutputDirectory = outputDirectory, Progress = progress }, cancellation);
}
