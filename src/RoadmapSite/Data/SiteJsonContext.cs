using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RoadmapSite.Serving;
using RoadmapSite.Site.Modules;

namespace RoadmapSite.Data;

/// <summary>
/// JSON metadata generated at compile time for every object the library serialises, so a native AOT build needs
/// no reflection (and no trim warning) to write them. Property names are snake_case, as the web manifest
/// requires; the other documents use one-word names, which snake_case leaves alone.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CreateWebManifest.WebManifest))]
[JsonSerializable(typeof(CreateOfflineManifest.OfflineManifest))]
[JsonSerializable(typeof(LiveReloadHub.BuildErrors))]
internal sealed partial class SiteJsonContext : JsonSerializerContext
{
    /// <summary>For published files: indented for a reader, and text as written (a CJK title stays CJK, not <c>\u6570</c>).</summary>
    public static SiteJsonContext PublishedFile { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
