using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>Publishes <c>manifest.webmanifest</c>, so the roadmap can be installed as an app scoped to its base path.</summary>
public sealed class CreateWebManifest(SiteSettings settings, SiteUrls urls) : IModule
{
    public const string Destination = "manifest.webmanifest";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var roadmap = context.Roadmap();
        var title = settings.Title.Length > 0 ? settings.Title : roadmap.Title;
        var icon = context.AssetUrl(urls, "favicon.svg");
        var manifest = new
        {
            name = title,
            short_name = title.Length <= 12 ? title : title[..12].TrimEnd(),
            description = settings.Description.Length > 0 ? settings.Description : roadmap.Summary,
            lang = settings.Language,
            dir = roadmap.Direction,
            start_url = urls.Home,
            scope = urls.Home,
            display = "standalone",
            background_color = "#ffffff",
            theme_color = "#1f6feb",
            icons = new[] { new { src = icon, sizes = "any", type = "image/svg+xml" } },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Task.FromResult<ImmutableArray<Document>>([.. inputs, Document.Empty.WithDestination(Destination).WithContent(json)]);
    }
}
