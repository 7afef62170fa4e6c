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
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Tags Markdig writes for plain emphasis, code and lists: HTML made only of these, bare, needs no sanitising.</summary>
    private static readonly HashSet<string> BareSafeTags = new(StringComparer.Ordinal)
    {
        "p", "em", "strong", "code", "pre", "del", "ins", "mark", "sub", "sup", "br", "hr", "ul", "ol", "li",
        "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
    };

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

        return Sanitizer.Sanitize(html).Trim();
    }

    private static bool IsBareSafe(string html)
    {
        foreach (Match tag in TagPattern().Matches(html))
        {
            if (tag.Groups["attrs"].Length > 0 || !BareSafeTags.Contains(tag.Groups["name"].Value))
            {
                return false;
            }
        }

        // Anything else that looks like markup (comments, doctype, stray '<' that is not a tag) goes the slow path.
        return TagPattern().Replace(html, "").IndexOf('<') < 0;
    }

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
