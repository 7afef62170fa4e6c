using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// The common case of <see cref="ResolveLinks"/> without a DOM: a page whose links all work as written (site paths,
/// in-page anchors that exist, external URLs), where the only change is <c>rel="noopener noreferrer"</c> on external
/// links. Parsing and re-serialising a page with AngleSharp was the largest cost of a big build (a 100,000-item
/// whole-tree page is ≈ 100 MB of HTML, and its DOM gigabytes). Any page this reader is not sure about — a link to
/// resolve, a relative image, an attribute it cannot read — returns null and goes through the DOM as before.
/// </summary>
internal static partial class TextualPage
{
    private const string ExternalRel = "noopener noreferrer";

    public static (string Html, PageAnchors Anchors)? TryResolve(string html)
    {
        // Comments and CDATA could hold what only looks like tags: the DOM path knows.
        if (html.Contains("<!--", StringComparison.Ordinal) || html.Contains("<![CDATA[", StringComparison.Ordinal))
        {
            return null;
        }

        var tags = new List<(Match Tag, Dictionary<string, string> Attributes)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match tag in TagPattern().Matches(html))
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            var written = tag.Groups["attrs"].Value;
            var read = 0;
            foreach (Match attribute in AttributePattern().Matches(written))
            {
                if (attribute.Index != read)
                {
                    return null;
                }

                read = attribute.Index + attribute.Length;
                // A repeated attribute: browsers keep the first; leave such a page to the real parser.
                if (!attributes.TryAdd(attribute.Groups["name"].Value.ToLowerInvariant(), WebUtility.HtmlDecode(attribute.Groups["value"].Value)))
                {
                    return null;
                }
            }

            if (written[read..].Trim().Trim('/').Length > 0)
            {
                return null;
            }

            if (attributes.TryGetValue("id", out var id))
            {
                ids.Add(id);
            }

            tags.Add((tag, attributes));
        }

        var links = new List<string>();
        var edits = new List<int>();
        foreach (var (tag, attributes) in tags)
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (name == "a" && attributes.TryGetValue("href", out var href))
            {
                if (ResolveLinks.IsExternal(href))
                {
                    if (!attributes.TryGetValue("rel", out var rel))
                    {
                        edits.Add(tag.Groups["end"].Index);
                    }
                    else if (rel != ExternalRel)
                    {
                        return null;
                    }
                }
                else if (!href.StartsWith('/') && !(href.StartsWith('#') && ids.Contains(Uri.UnescapeDataString(href[1..]))))
                {
                    return null;
                }
            }
            else if (name == "img" && attributes.TryGetValue("src", out var src) && !src.StartsWith('/') && !ResolveLinks.IsExternal(src))
            {
                return null;
            }

            if (name is "a" or "link" && attributes.TryGetValue("href", out var link) || name is "script" or "img" or "source" && attributes.TryGetValue("src", out link) || name == "form" && attributes.TryGetValue("action", out link))
            {
                links.Add(link);
            }
        }

        // Raw text elements (script, style, textarea, title) could hold what only looks like tags.
        if (RawTextPattern().IsMatch(html))
        {
            return null;
        }

        var result = new StringBuilder(html.Length + edits.Count * (ExternalRel.Length + 7));
        var copied = 0;
        foreach (var at in edits)
        {
            result.Append(html, copied, at - copied).Append(" rel=\"").Append(ExternalRel).Append('"');
            copied = at;
        }

        result.Append(html, copied, html.Length - copied);
        return (result.ToString(), new PageAnchors(ids, links));
    }

    [GeneratedRegex("<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attrs>(?:\\s[^<>]*?)?)(?<end>/?>)", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"(?<value>[^\"]*)\")?", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<(script|style|textarea|title)\\b[^>]*>[^<]*<(?!/\\1>)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RawTextPattern();
}
