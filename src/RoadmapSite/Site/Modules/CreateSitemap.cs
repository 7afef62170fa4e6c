using System.Collections.Immutable;
using System.Security;
using System.Text;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes <c>sitemap.xml</c> (every page but the 404, as absolute URLs) and <c>robots.txt</c> pointing at it.
/// A sitemap needs the site's full URL: without one (base_url is only a path) robots.txt is written alone.
/// </summary>
internal sealed class CreateSitemap(SiteUrls urls) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.AbsoluteBase is null)
        {
            return Task.FromResult<ImmutableArray<Document>>([Document.FromText("robots.txt", robots.ToString())]);
        }

        var pages = context.OutputsOf(SitePipelines.Pages)
            .Select(page => page.Destination)
            .OfType<string>()
            .Where(destination => destination.EndsWith(".html", StringComparison.Ordinal) && destination != "404.html")
            .Order(StringComparer.Ordinal);
        var sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages)
        {
            sitemap.Append("  <url><loc>").Append(SecurityElement.Escape(urls.Absolute(urls.PathOf(page)))).Append("</loc></url>\n");
        }

        sitemap.Append("</urlset>\n");
        robots.Append("Sitemap: ").Append(urls.Absolute(urls.File("sitemap.xml"))).Append('\n');
        return Task.FromResult<ImmutableArray<Document>>([Document.FromText("sitemap.xml", sitemap.ToString()), Document.FromText("robots.txt", robots.ToString())]);
    }
}
