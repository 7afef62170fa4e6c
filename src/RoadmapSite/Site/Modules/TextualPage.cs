using System.Net;
using System.Text;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// The common case of <see cref="ResolveLinks"/> without a DOM: a page whose links all work as written (site paths,
/// in-page anchors that exist, external URLs), where the only change is <c>rel="noopener noreferrer"</c> on external
/// links. Parsing and re-serialising a page with AngleSharp was the largest cost of a big build (a 100,000-item
/// whole-tree page is ≈ 100 MB of HTML, and its DOM gigabytes). One forward scan over the tags, keeping only ids and
/// URLs. Any page this reader is not sure about — a link to resolve, a relative image, an attribute written in a way
/// it does not read, a comment — returns null and goes through the DOM as before.
/// </summary>
internal static class TextualPage
{
    private const string ExternalRel = "noopener noreferrer";

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title"];

    /// <summary>A tag that references a URL: its name, the URL (decoded), where its closing '>' is, and its rel.</summary>
    private readonly record struct Reference(string Name, string Url, int End, string? Rel);

    /// <summary>The page as UTF-8 (null: unchanged) and its anchors, or null when the page needs the DOM.</summary>
    public static (ReadOnlyMemory<byte>? Utf8, PageAnchors Anchors)? TryResolve(string html)
    {
        if (html.Contains("<!--", StringComparison.Ordinal) || html.Contains("<![CDATA[", StringComparison.Ordinal))
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<Reference>();
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            var next = position + 1;
            if (next >= html.Length)
            {
                return null;
            }

            if (html[next] is '/' or '!')
            {
                // An end tag or the doctype: nothing to read inside.
                position = html.IndexOf('>', next);
                if (position < 0)
                {
                    return null;
                }

                continue;
            }

            if (!char.IsAsciiLetter(html[next]))
            {
                position = next;
                continue;
            }

            if (ReadTag(html, next, ids, references) is not { } end)
            {
                return null;
            }

            position = end + 1;
            var name = TagName(html, next);
            if (RawTextElements.Any(raw => name.Equals(raw, StringComparison.OrdinalIgnoreCase)))
            {
                // Its text could hold what only looks like tags: accept it only when the next '<' closes it.
                var close = html.IndexOf('<', position);
                if (close < 0 || !html.AsSpan(close).StartsWith("</" + name, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                position = close;
            }
        }

        var links = new List<string>(references.Count);
        var edits = new List<int>();
        foreach (var reference in references)
        {
            links.Add(reference.Url);
            if (reference.Name == "a")
            {
                if (ResolveLinks.IsExternal(reference.Url))
                {
                    if (reference.Rel is null)
                    {
                        edits.Add(reference.End);
                    }
                    else if (reference.Rel != ExternalRel)
                    {
                        return null;
                    }
                }
                else if (!reference.Url.StartsWith('/') && !(reference.Url.StartsWith('#') && ids.Contains(Uri.UnescapeDataString(reference.Url[1..]))))
                {
                    return null;
                }
            }
            else if (reference.Name == "img" && !reference.Url.StartsWith('/') && !ResolveLinks.IsExternal(reference.Url))
            {
                return null;
            }
        }

        if (edits.Count == 0)
        {
            return (null, new PageAnchors(ids, links));
        }

        // Straight to UTF-8 (what the document holds): no second UTF-16 copy of a page that can be 100 MB.
        var insert = Encoding.UTF8.GetBytes($" rel=\"{ExternalRel}\"");
        var bytes = new byte[Encoding.UTF8.GetByteCount(html) + edits.Count * insert.Length];
        var written = 0;
        var copied = 0;
        foreach (var at in edits)
        {
            written += Encoding.UTF8.GetBytes(html.AsSpan(copied, at - copied), bytes.AsSpan(written));
            insert.CopyTo(bytes.AsSpan(written));
            written += insert.Length;
            copied = at;
        }

        written += Encoding.UTF8.GetBytes(html.AsSpan(copied), bytes.AsSpan(written));
        return (bytes.AsMemory(0, written), new PageAnchors(ids, links));
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        return html[start..end];
    }

    /// <summary>Reads a start tag's attributes (double-quoted values only); returns where its '>' or '/>' is, or null.</summary>
    private static int? ReadTag(string html, int nameStart, HashSet<string> ids, List<Reference> references)
    {
        var name = TagName(html, nameStart).ToLowerInvariant();
        var urlAttribute = name switch
        {
            "a" or "link" => "href",
            "script" or "img" or "source" => "src",
            "form" => "action",
            _ => null,
        };
        string? id = null, url = null, rel = null;
        var p = nameStart + name.Length;
        while (true)
        {
            var spaced = false;
            while (p < html.Length && char.IsWhiteSpace(html[p]))
            {
                p++;
                spaced = true;
            }

            if (p >= html.Length)
            {
                return null;
            }

            if (html[p] == '>' || (html[p] == '/' && p + 1 < html.Length && html[p + 1] == '>'))
            {
                break;
            }

            var attributeStart = p;
            while (p < html.Length && (char.IsAsciiLetterOrDigit(html[p]) || html[p] is '-' or '_' or ':' or '.'))
            {
                p++;
            }

            if (p == attributeStart || !spaced)
            {
                return null;
            }

            var attribute = html.AsSpan(attributeStart, p - attributeStart);
            string? value = null;
            if (p < html.Length && html[p] == '=')
            {
                if (p + 1 >= html.Length || html[p + 1] != '"')
                {
                    return null;
                }

                var valueEnd = html.IndexOf('"', p + 2);
                if (valueEnd < 0)
                {
                    return null;
                }

                value = Decode(html, p + 2, valueEnd, attribute, urlAttribute);
                p = valueEnd + 1;
            }

            // An author's <a name="footnote-1"> is a link target too: rare enough to leave to the real parser.
            if (name == "a" && attribute.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (value is null)
            {
                continue;
            }

            // A repeated attribute: browsers keep the first; leave such a page to the real parser.
            if (attribute.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                if (id is not null)
                {
                    return null;
                }

                id = value;
            }
            else if (attribute.Equals("rel", StringComparison.OrdinalIgnoreCase))
            {
                if (rel is not null)
                {
                    return null;
                }

                rel = value;
            }
            else
            {
                if (url is not null)
                {
                    return null;
                }

                url = value;
            }
        }

        if (id is not null)
        {
            ids.Add(id);
        }

        if (url is not null)
        {
            references.Add(new Reference(name, url, p, rel));
        }

        return p;
    }

    /// <summary>The decoded value of the attributes this reader keeps (id, rel, the tag's URL); null for the rest.</summary>
    private static string? Decode(string html, int start, int end, ReadOnlySpan<char> attribute, string? urlAttribute)
    {
        var wanted = attribute.Equals("id", StringComparison.OrdinalIgnoreCase)
            || attribute.Equals("rel", StringComparison.OrdinalIgnoreCase)
            || (urlAttribute is not null && attribute.Equals(urlAttribute, StringComparison.OrdinalIgnoreCase));
        if (!wanted)
        {
            return null;
        }

        var raw = html[start..end];
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
    }
}
