using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoadmapSite.Data;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes <c>offline-manifest.json</c>: every URL the build writes (pages as their folder URLs), which the service
/// worker caches on its first visit so the whole site works offline, and a version that changes with any content.
/// Runs after every pipeline's Process phase, so it sees all of them.
/// </summary>
internal sealed class CreateOfflineManifest(SiteUrls urls) : IModule
{
    public const string Destination = "offline-manifest.json";

    // The worker itself, and files only search engines want, are not worth a visitor's storage.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { Destination, SiteUrls.ServiceWorkerFile, "robots.txt", "sitemap.xml" };

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var published = context.AllOutputs.Values
            .SelectMany(documents => documents)
            .Where(document => document.HasDestination && !Skipped.Contains(document.Destination!))
            .OrderBy(document => document.Destination, StringComparer.Ordinal)
            .ToList();

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in published)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document.Destination! + "\n"));
            hash.AppendData(SHA256.HashData(document.Content.Span));
        }

        var manifest = new OfflineManifest(
            Convert.ToHexStringLower(hash.GetHashAndReset())[..16],
            [.. published.Select(document => urls.PathOf(document.Destination!)).Distinct(StringComparer.Ordinal)]);
        var json = JsonSerializer.SerializeToUtf8Bytes(manifest, SiteJsonContext.PublishedFile.OfflineManifest);
        return Task.FromResult<ImmutableArray<Document>>([.. inputs, Document.Empty.WithDestination(Destination).WithContent(json)]);
    }

    internal sealed record OfflineManifest(string Version, IReadOnlyList<string> Urls);
}
