using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Gives every asset a content hash in its file name (<c>css/site.css</c> → <c>assets/css/site.3f2a9c1b7d.css</c>), so
/// hosts can cache them forever. Relative references between assets (ES module imports, CSS <c>url()</c>) are
/// rewritten to the hashed names first, so a change in an imported module changes its importer's hash too.
/// </summary>
internal sealed partial class FingerprintAssets : IModule
{
    private const int HashLength = 10;
    /// <summary>Assets whose URLs must stay fixed, at the site root (the service worker's scope depends on its own URL).</summary>
    private static readonly HashSet<string> Unhashed = new(StringComparer.Ordinal) { SiteUrls.ServiceWorkerFile };

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var byPath = inputs.ToDictionary(asset => asset.Get(MetadataKeys.AssetPath), StringComparer.Ordinal);
        var hashedNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new Dictionary<string, Document>(StringComparer.Ordinal);

        // Hash leaves first: an asset's name is known only once everything it references is named.
        var pending = new SortedSet<string>(byPath.Keys, StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = pending.Where(path => References(path, byPath[path]).All(reference => !byPath.ContainsKey(reference) || hashedNames.ContainsKey(reference))).ToList();
            if (ready.Count == 0)
            {
                context.ReportError($"theme assets import each other in a cycle: {string.Join(", ", pending)}");
                return Task.FromResult(ImmutableArray<Document>.Empty);
            }

            foreach (var path in ready)
            {
                var asset = Rewrite(path, byPath[path], hashedNames);
                var name = Unhashed.Contains(path) ? path : WithHash(path, asset.Content.Span);
                hashedNames[path] = name;
                // An unhashed asset is published at the site root: a service worker's scope can be no wider than its folder.
                results[path] = asset.WithDestination(Unhashed.Contains(path) ? name : "assets/" + name);
                pending.Remove(path);
            }
        }

        return Task.FromResult<ImmutableArray<Document>>([.. inputs.Select(input => results[input.Get(MetadataKeys.AssetPath)])]);
    }

    private static IEnumerable<string> References(string path, Document asset) =>
        MinifyAssets.IsScriptOrStyle(path)
            ? ReferencePattern().Matches(asset.ContentAsString()).Select(match => Resolve(path, match.Groups["ref"].Value))
            : [];

    private static Document Rewrite(string path, Document asset, Dictionary<string, string> hashedNames)
    {
        if (!MinifyAssets.IsScriptOrStyle(path))
        {
            return asset;
        }

        var text = ReferencePattern().Replace(asset.ContentAsString(), match =>
        {
            var reference = match.Groups["ref"];
            var target = Resolve(path, reference.Value);
            if (!hashedNames.TryGetValue(target, out var hashed))
            {
                return match.Value;
            }

            var relative = Path.GetRelativePath(Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".", hashed).Replace('\\', '/');
            var replacement = relative.StartsWith("../", StringComparison.Ordinal) ? relative : "./" + relative;
            return match.Value[..(reference.Index - match.Index)] + replacement + match.Value[(reference.Index - match.Index + reference.Length)..];
        });
        return asset.WithContent(text);
    }

    /// <summary>"js/app.js" + "./graph.js" → "js/graph.js".</summary>
    private static string Resolve(string from, string reference)
    {
        var parts = (Path.GetDirectoryName(from)?.Replace('\\', '/') ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var part in reference.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string WithHash(string path, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        var extension = Path.GetExtension(path);
        return path[..^extension.Length] + "." + hash + extension;
    }

    /// <summary>Relative references: <c>from './x.js'</c>, <c>import './x.js'</c>, <c>import('./x.js')</c>, <c>url(./x.svg)</c>.</summary>
    [GeneratedRegex("""(?:\bfrom\s*|\bimport\s*\(?\s*|url\(\s*)["']?(?<ref>\.{1,2}/[^"')\s]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
