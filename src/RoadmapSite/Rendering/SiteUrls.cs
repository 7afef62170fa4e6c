namespace RoadmapSite.Rendering;

/// <summary>
/// Every URL the site links to, built in one place so that a base path (GitHub Pages' <c>/repo/</c>) applies to
/// all of them. Pages link with absolute paths, never relative ones, so <c>404.html</c> works at any depth.
/// </summary>
internal sealed class SiteUrls
{
    // Files the build writes at the site root under fixed names, which pages and other modules refer to.
    public const string SearchIndexFile = "search-index.json";
    public const string WebManifestFile = "manifest.webmanifest";

    /// <summary>The service worker, a theme asset published unfingerprinted at the root: its scope depends on its own URL.</summary>
    public const string ServiceWorkerFile = "sw.js";

    public SiteUrls(string baseUrl)
    {
        var trimmed = baseUrl.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            BasePath = NormalizePath(absolute.AbsolutePath);
            AbsoluteBase = absolute.GetLeftPart(UriPartial.Authority) + BasePath;
        }
        else
        {
            BasePath = NormalizePath(trimmed);
        }
    }

    /// <summary>
    /// Why <paramref name="baseUrl"/> cannot be a base URL, or null when it can: an <c>http(s)</c> URL, or a path whose
    /// segments need no escaping. The one rule for site.yml, <c>--base-url</c> and the environment. Anything else would be written into every link of every page, each then reported broken.
    /// </summary>
    public static string? Problem(string baseUrl)
    {
        var trimmed = baseUrl.Trim();
        string path;
        if (trimmed.Contains("://", StringComparison.Ordinal) || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) || absolute.Scheme is not ("http" or "https") || trimmed.Contains(' ', StringComparison.Ordinal))
            {
                return "a full base URL must be an http:// or https:// address, e.g. https://you.github.io/my-roadmap/";
            }

            if (absolute.Query.Length > 0 || absolute.Fragment.Length > 0)
            {
                return "a base URL cannot have a query (?) or fragment (#)";
            }

            path = Uri.UnescapeDataString(absolute.AbsolutePath);
        }
        else
        {
            path = trimmed;
        }

        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            // ASCII only, as GitHub's repository names and Netlify's site names are: a non-ASCII base path would be
            // written as is into every link but published (and checked) percent-encoded.
            if (segment is "." or ".." || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))
            {
                return $"the path segment '{segment}' is not usable in a URL: use letters, digits, '-', '_', '.' and '~', e.g. /my-roadmap/";
            }
        }

        return null;
    }

    /// <summary>The path the site lives under, starting and ending with '/': "/" or "/my-roadmap/".</summary>
    public string BasePath { get; }

    /// <summary>The full URL of the site's root when known (needed for sitemap.xml, canonical links, Open Graph), else null.</summary>
    public string? AbsoluteBase { get; }

    public string Home => BasePath;

    public string Tree => BasePath + "tree/";

    public string Search => BasePath + "search/";

    public string Section(string sectionId) => BasePath + "sections/" + EscapePathSegment(sectionId) + "/";

    /// <summary>An item's place in its section page. Ids are fragment-safe as they are (letters, digits, '-', '_', '.').</summary>
    public string Item(string sectionId, string itemId) => Section(sectionId) + "#" + itemId;

    /// <summary>The output file of a section page.</summary>
    public static string SectionOutputFile(string sectionId) => "sections/" + sectionId + "/index.html";

    /// <summary>A path below the site root ("roadmap.json", "assets/x.css") as a URL path.</summary>
    public string File(string relativePath) => BasePath + string.Join('/', relativePath.Split('/').Select(EscapePathSegment));

    /// <summary>The absolute URL for a site path, or null when the site's host is not known.</summary>
    public string? Absolute(string path) =>
        AbsoluteBase is null ? null : AbsoluteBase + path[BasePath.Length..];

    /// <summary>The output file a site path points at ("/repo/sections/x/" → "sections/x/index.html"), or null if outside the site.</summary>
    public string? OutputFileOf(string path)
    {
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Uri.UnescapeDataString(path[BasePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>The site path of an output file ("sections/x/index.html" → "/repo/sections/x/").</summary>
    public string PathOf(string outputFile) =>
        File(outputFile.EndsWith("index.html", StringComparison.Ordinal) ? outputFile[..^"index.html".Length] : outputFile);

    /// <summary>
    /// Percent-encodes the ASCII characters that are not safe in a path segment and keeps non-ASCII letters as they
    /// are, so Unicode slugs stay readable (browsers encode them on request).
    /// </summary>
    private static string EscapePathSegment(string segment)
    {
        var builder = new System.Text.StringBuilder(segment.Length);
        foreach (var rune in segment.EnumerateRunes())
        {
            if (rune.Value > 0x7F || char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_' or '.' or '~')
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return builder.ToString();
    }

    private static string NormalizePath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? "/" : "/" + string.Join('/', segments) + "/";
    }
}
