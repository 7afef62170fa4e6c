using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Site;

namespace RoadmapSite.Tests.Support;

/// <summary>Builds a site the way <c>roadmap-site build</c> does, for tests that look at the output.</summary>
public static class SiteBuildRunner
{
    public static async Task<BuildResult> BuildAsync(string content, string output, string? baseUrl = null)
    {
        var site = ResolvedSite.Create(ContentFolder.Load(content), baseUrl);
        return await SiteBuilder.BuildAsync(site, output);
    }

    public static IHtmlDocument Page(string output, string relativePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relativePath)));

    public static IEnumerable<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
