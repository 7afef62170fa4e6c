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

    /// <summary>
    /// Builds one Markdown file the way a fork publishes it: alone in <c>content/</c> under <paramref name="temp"/>, with a
    /// site.yml naming its repository (so links to the repository's other files have somewhere to go), into <c>site/</c>.
    /// </summary>
    public static Task<BuildResult> BuildAsForkAsync(string markdownFile, TempFolder temp)
    {
        Directory.CreateDirectory(temp.Combine("content"));
        File.Copy(markdownFile, temp.Combine("content", Path.GetFileName(markdownFile)));
        temp.Write("content/site.yml", "repository_url: https://github.com/example/repository\n");
        return BuildAsync(temp.Combine("content"), temp.Combine("site"));
    }

    public static IHtmlDocument Page(string output, string relativePath) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relativePath)));

    public static IEnumerable<string> HtmlFiles(string output) =>
        Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
