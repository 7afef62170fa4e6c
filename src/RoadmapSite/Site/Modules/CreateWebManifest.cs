using System.Collections.Immutable;
using System.Text.Json;
using RoadmapSite.Configuration;
using RoadmapSite.Data;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>Publishes <c>manifest.webmanifest</c>, so the roadmap can be installed as an app scoped to its base path.</summary>
internal sealed class CreateWebManifest(SiteSettings settings, SiteUrls urls) : IModule
{
    public const string Destination = SiteUrls.WebManifestFile;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var roadmap = context.Roadmap();
        var title = roadmap.Title;
        var icon = context.AssetUrl(urls, "favicon.svg");
        var manifest = new WebManifest(
            Name: title,
            ShortName: title.Length <= 12 ? title : title[..12].TrimEnd(),
            Description: roadmap.Description,
            Lang: settings.Language,
            Dir: roadmap.Direction,
            StartUrl: urls.Home,
            Scope: urls.Home,
            Display: "standalone",
            BackgroundColor: "#ffffff",
            ThemeColor: "#1f6feb",
            Icons: [new WebManifestIcon(icon, "any", "image/svg+xml")]);
        var json = JsonSerializer.SerializeToUtf8Bytes(manifest, SiteJsonContext.PublishedFile.WebManifest);
        return Task.FromResult<ImmutableArray<Document>>([.. inputs, Document.Empty.WithDestination(Destination).WithContent(json)]);
    }

    internal sealed record WebManifest(
        string Name, string ShortName, string Description, string Lang, string Dir, string StartUrl, string Scope,
        string Display, string BackgroundColor, string ThemeColor, IReadOnlyList<WebManifestIcon> Icons);

    internal sealed record WebManifestIcon(string Src, string Sizes, string Type);
}
