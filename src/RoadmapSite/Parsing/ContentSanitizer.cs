using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace RoadmapSite.Parsing;

/// <summary>
/// Makes HTML from the author's Markdown safe to publish: no scripts, event handlers, <c>javascript:</c>
/// URLs or inline styles (the site's Content-Security-Policy forbids them and the browser would log each),
/// and no request to another host: an image from elsewhere becomes its alt text.
/// </summary>
public static partial class ContentSanitizer
{
    // Built on first need: constructing it (AngleSharp's HTML and CSS set-up) costs ~90 ms of a cold process,
    // a fifth of the default roadmap's build, and most roadmaps never need it.
    private static readonly Lazy<HtmlSanitizer> Sanitizer = new(CreateSanitizer);

    /// <summary>Tags Markdig writes for plain emphasis, code and lists: HTML made only of these, bare, needs no sanitising.</summary>
    private static readonly HashSet<string> BareSafeTags = new(StringComparer.Ordinal)
    {
        "p", "em", "strong", "code", "pre", "del", "ins", "mark", "sub", "sup", "br", "hr", "ul", "ol", "li",
        "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
    };

    /// <summary>
    /// Starts building the sanitizer on a thread-pool thread, so its set-up overlaps with Markdig's parse on another
    /// core instead of stalling the first item that needs it (the build's critical path).
    /// </summary>
    public static void Prepare() => ThreadPool.UnsafeQueueUserWorkItem(_ => _ = Sanitizer.Value, null);

    public static string Sanitize(string html)
    {
        if (html.Length == 0 || (html.IndexOf('<') < 0 && html.IndexOf('&') < 0))
        {
            return html;
        }

        // Parsing every item's HTML through AngleSharp dominates the build for large roadmaps; Markdig's own
        // output for text, emphasis and code is already safe, so only HTML with attributes or other tags goes through.
        if (IsBareSafe(html))
        {
            return html;
        }

        return Sanitizer.Value.Sanitize(html).Trim();
    }

    private static bool IsBareSafe(string html)
    {
        foreach (Match tag in TagPattern().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            var attributes = tag.Groups["attrs"];
            if (name == "a" && tag.Groups["close"].Length == 0 && attributes.Length > 0)
            {
                // A plain Markdown link: Markdig writes exactly one href, URL-escaped, so this is all it can hold.
                if (!IsSafeHref(attributes.Value))
                {
                    return false;
                }

                continue;
            }

            if (attributes.Length > 0 || (name != "a" && !BareSafeTags.Contains(name)))
            {
                return false;
            }
        }

        // Anything else that looks like markup (comments, doctype, stray '<' that is not a tag) goes the slow path.
        return TagPattern().Replace(html, "").IndexOf('<') < 0;
    }

    /// <summary>
    /// <c> href="…"</c> and nothing else, to an http, https or mailto URL or a relative one; anything with an entity
    /// other than <c>&amp;amp;</c>, a control character or another scheme (javascript:, data:) takes the slow path.
    /// </summary>
    private static bool IsSafeHref(string attributes)
    {
        if (HrefOnlyPattern().Match(attributes) is not { Success: true } match)
        {
            return false;
        }

        var url = match.Groups["url"].Value;
        if (url.Replace("&amp;", "", StringComparison.Ordinal).Contains('&') || url.Any(c => c <= ' ' || c == '\\' || char.IsControl(c)))
        {
            return false;
        }

        var colon = url.IndexOf(':');
        var firstDelimiter = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = url[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("^\\s+href=\"(?<url>[^\"<>]*)\"$", RegexOptions.CultureInvariant)]
    private static partial Regex HrefOnlyPattern();

    [GeneratedRegex("<(?<close>/?)(?<name>[a-zA-Z0-9]+)(?<attrs>\\s[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

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
