using AngleSharp.Dom;
using Ganss.Xss;

namespace RoadmapSite.Parsing;

/// <summary>
/// Makes HTML from the author's Markdown safe to publish: no scripts, event handlers, <c>javascript:</c>
/// URLs or inline styles (the site's Content-Security-Policy forbids them and the browser would log each),
/// and no request to another host: an image from elsewhere becomes its alt text. As on GitHub, a tag it does not
/// know (<c>Mutex&lt;T&gt;</c>, <c>List&lt;String&gt;</c> in plain text) is dropped and the text inside and after it
/// kept; only the contents of elements that are code or media, never text (<c>script</c>, <c>style</c>, <c>svg</c>…), go with them.
/// </summary>
internal static class ContentSanitizer
{
    // Built on first need: constructing it (AngleSharp's HTML and CSS set-up) costs ~90 ms of a cold process,
    // a fifth of the default roadmap's build, and most roadmaps never need it.
    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    /// <summary>The elements whose contents GitHub's sanitizer removes with them (the sanitize gem's <c>remove_contents</c>).</summary>
    private static readonly HashSet<string> DropsContent =
        new(["script", "style", "iframe", "math", "noembed", "noframes", "noscript", "plaintext", "svg", "xmp", "template"], StringComparer.Ordinal);

    /// <summary>
    /// Starts building the sanitizer on a thread-pool thread, so its set-up overlaps with Markdig's parse on another
    /// core instead of stalling the first item that needs it (the build's critical path).
    /// </summary>
    public static void Prepare() => ThreadPool.UnsafeQueueUserWorkItem(_ => _ = Sanitizer.Value, null);

    /// <summary>
    /// The sanitised form of <paramref name="html"/>: always exactly what HtmlSanitizer makes of it, so the result is
    /// self-contained (every element it opens, it closes) and cannot reach into the markup around it.
    /// </summary>
    public static string Sanitize(string html) =>
        FastSanitizer.TrySanitize(html, out var sanitized) ? sanitized : SanitizeWithLibrary(html);

    /// <summary>HtmlSanitizer's verdict, the reference the fast path is held to (<c>ContentSanitizerDifferentialTests</c>).</summary>
    internal static string SanitizeWithLibrary(string html) => Sanitizer.Value.Sanitize(html).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("dir");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.KeepChildNodes = true;
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropsContent.Contains(e.Tag.LocalName))
            {
                // An empty element is removed whole, whatever KeepChildNodes says.
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            // A badge or logo with no alt text, alone in a link (`[![](logo.svg)](https://…)`), would leave the link
            // with no name at all, an empty <a></a> once the image is replaced: the link's address names it.
            if (e.Node is IElement { TagName: "IMG" } unnamed && string.IsNullOrWhiteSpace(unnamed.GetAttribute("alt"))
                && unnamed.Closest("a") is { } link && string.IsNullOrWhiteSpace(link.TextContent)
                && link.QuerySelectorAll("img").All(other => other == unnamed || string.IsNullOrWhiteSpace(other.GetAttribute("alt"))))
            {
                unnamed.SetAttribute("alt", LinkLabel(link.GetAttribute("href")));
            }

            if (e.Node is IElement { TagName: "IMG" } image && IsOtherHost(image.GetAttribute("src")))
            {
                e.ReplacementNodes.Add(e.Document.CreateTextNode(image.GetAttribute("alt") ?? ""));
            }
        };
        return sanitizer;
    }

    /// <summary>A link's address as a reader would say it: <c>https://github.com/o/r/</c> is "github.com/o/r".</summary>
    private static string LinkLabel(string? href)
    {
        var label = href ?? "";
        var scheme = label.IndexOf("://", StringComparison.Ordinal);
        label = scheme >= 0 ? label[(scheme + 3)..] : label.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? label[7..] : label;
        label = label.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? label[4..] : label;
        label = label.TrimEnd('/');
        return label.Length > 0 ? label : "link";
    }

    private static bool IsOtherHost(string? url) =>
        url is not null && (url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
