using AngleSharp.Dom;
using Ganss.Xss;

namespace RoadmapSite.Parsing;

/// <summary>
/// Makes HTML from the author's Markdown safe to publish: no scripts, event handlers, <c>javascript:</c>
/// URLs or inline styles (the site's Content-Security-Policy forbids them and the browser would log each),
/// and no request to another host: an image from elsewhere becomes its alt text.
/// </summary>
internal static class ContentSanitizer
{
    // Built on first need: constructing it (AngleSharp's HTML and CSS set-up) costs ~90 ms of a cold process,
    // a fifth of the default roadmap's build, and most roadmaps never need it.
    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

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
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { TagName: "IMG" } image && IsOtherHost(image.GetAttribute("src")))
            {
                e.ReplacementNodes.Add(e.Document.CreateTextNode(image.GetAttribute("alt") ?? ""));
            }
        };
        return sanitizer;
    }

    private static bool IsOtherHost(string? url) =>
        url is not null && (url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
