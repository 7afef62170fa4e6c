using System.Net;
using System.Text;


namespace RoadmapSite.Site.Links;

/// <summary>
/// The common case of <see cref="Modules.ResolveLinks"/> without a DOM: a page whose links all work as written (site paths,
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

    /// <summary>
    /// A tag that references a URL: its name, the URL (decoded), where its value is written (between the quotes),
    /// where its closing '>' is, and its rel.
    /// </summary>
    private readonly record struct Reference(string Name, string Url, int ValueStart, int ValueEnd, int End, string? Rel);

    /// <summary>A change to the page: the bytes from Start to End replaced by Text.</summary>
    private readonly record struct Edit(int Start, int End, string Text);

    /// <summary>As <see cref="TryResolve(ReadOnlyMemory{byte}, Func{string, string?}, string)"/>, for a page held as text, with no link to resolve.</summary>
    public static (ReadOnlyMemory<byte>? Utf8, PageAnchors Anchors)? TryResolve(string html) => TryResolve(Encoding.UTF8.GetBytes(html), _ => null, "");

    /// <summary>
    /// The page as UTF-8 (null: unchanged) and its anchors, or null when the page needs the DOM. Read as the UTF-8 it is
    /// held in: every byte the reader looks at is ASCII, and a 100 MB page is not decoded into a 200 MB string first.
    /// A link the author wrote for GitHub (<c>#docker</c>, <c>./2_Intermediate.md</c>) gets the site URL
    /// <paramref name="resolve"/> gives it, or its place in the repository when <paramref name="repositoryUrl"/> is
    /// known, as <see cref="Modules.ResolveLinks"/> does on the DOM; a link that leads nowhere (shown as text, with a warning)
    /// is left to the DOM.
    /// </summary>
    public static (ReadOnlyMemory<byte>? Utf8, PageAnchors Anchors)? TryResolve(ReadOnlyMemory<byte> page, Func<string, string?> resolve, string repositoryUrl)
    {
        var html = page.Span;
        if (html.IndexOf("<!--"u8) >= 0 || html.IndexOf("<![CDATA["u8) >= 0)
        {
            return null;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<Reference>();
        var position = 0;
        while ((position = IndexOf(html, (byte)'<', position)) >= 0)
        {
            var next = position + 1;
            if (next >= html.Length)
            {
                return null;
            }

            if (html[next] is (byte)'/' or (byte)'!')
            {
                // An end tag or the doctype: nothing to read inside.
                position = IndexOf(html, (byte)'>', next);
                if (position < 0)
                {
                    return null;
                }

                continue;
            }

            if (!char.IsAsciiLetter((char)html[next]))
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
            if (IsRawText(name))
            {
                // Its text could hold what only looks like tags: accept it only when the next '<' closes it.
                var close = IndexOf(html, (byte)'<', position);
                if (close < 0 || close + 2 + name.Length > html.Length || html[close + 1] != (byte)'/'
                    || !Ascii.EqualsIgnoreCase(html.Slice(close + 2, name.Length), name))
                {
                    return null;
                }

                position = close;
            }
        }

        var links = new List<string>(references.Count);
        var edits = new List<Edit>();
        const string Rel = $" rel=\"{ExternalRel}\"";
        foreach (var reference in references)
        {
            var url = reference.Url;
            if (reference.Name == "a")
            {
                if (LinkUrl.IsExternal(url))
                {
                    if (reference.Rel is null)
                    {
                        edits.Add(new Edit(reference.End, reference.End, Rel));
                    }
                    else if (reference.Rel != ExternalRel)
                    {
                        return null;
                    }
                }
                else if (!url.StartsWith('/') && !(url.StartsWith('#') && ids.Contains(Uri.UnescapeDataString(url[1..]))))
                {
                    if (resolve(url) is { } target)
                    {
                        edits.Add(new Edit(reference.ValueStart, reference.ValueEnd, AttributeValue(target)));
                        url = target;
                    }
                    else if (repositoryUrl.Length > 0 && !url.StartsWith('#') && reference.Rel is null)
                    {
                        var inRepository = repositoryUrl.TrimEnd('/') + "/blob/HEAD/" + url.TrimStart('.', '/');
                        edits.Add(new Edit(reference.ValueStart, reference.ValueEnd, AttributeValue(inRepository)));
                        edits.Add(new Edit(reference.End, reference.End, Rel));
                        url = inRepository;
                    }
                    else
                    {
                        return null;
                    }
                }
            }
            else if (reference.Name == "img" && !url.StartsWith('/') && !LinkUrl.IsExternal(url))
            {
                if (resolve(url) is not { } target)
                {
                    return null;
                }

                edits.Add(new Edit(reference.ValueStart, reference.ValueEnd, AttributeValue(target)));
                url = target;
            }

            links.Add(url);
        }

        if (edits.Count == 0)
        {
            return (null, new PageAnchors(ids, links));
        }

        // Edits come in page order (an href's value lies before its tag's end).
        var length = html.Length;
        foreach (var edit in edits)
        {
            length += Encoding.UTF8.GetByteCount(edit.Text) - (edit.End - edit.Start);
        }

        var bytes = new byte[length];
        var written = 0;
        var copied = 0;
        foreach (var edit in edits)
        {
            html[copied..edit.Start].CopyTo(bytes.AsSpan(written));
            written += edit.Start - copied;
            written += Encoding.UTF8.GetBytes(edit.Text, bytes.AsSpan(written));
            copied = edit.End;
        }

        html[copied..].CopyTo(bytes.AsSpan(written));
        return (bytes, new PageAnchors(ids, links));
    }

    /// <summary>A URL as a double-quoted attribute value, escaped as the DOM serialiser writes it.</summary>
    private static string AttributeValue(string value) =>
        value.AsSpan().IndexOfAny('&', '"', '\u00A0') < 0 ? value : value.Replace("&", "&amp;").Replace("\"", "&quot;").Replace("\u00A0", "&nbsp;");

    private static bool IsRawText(ReadOnlySpan<byte> name)
    {
        foreach (var raw in RawTextElements)
        {
            if (Ascii.EqualsIgnoreCase(name, raw))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(ReadOnlySpan<byte> html, byte value, int from)
    {
        var found = html[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    private static ReadOnlySpan<byte> TagName(ReadOnlySpan<byte> html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit((char)html[end]) || html[end] == (byte)'-'))
        {
            end++;
        }

        return html[start..end];
    }

    /// <summary>The tag names this reader tells apart (those with a URL attribute), without making a string per tag.</summary>
    private static string? KnownName(ReadOnlySpan<byte> name) =>
        Ascii.EqualsIgnoreCase(name, "a"u8) ? "a"
        : Ascii.EqualsIgnoreCase(name, "link"u8) ? "link"
        : Ascii.EqualsIgnoreCase(name, "script"u8) ? "script"
        : Ascii.EqualsIgnoreCase(name, "img"u8) ? "img"
        : Ascii.EqualsIgnoreCase(name, "source"u8) ? "source"
        : Ascii.EqualsIgnoreCase(name, "form"u8) ? "form"
        : null;

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x0B;

    /// <summary>Reads a start tag's attributes (double-quoted values only); returns where its '>' or '/>' is, or null.</summary>
    private static int? ReadTag(ReadOnlySpan<byte> html, int nameStart, HashSet<string> ids, List<Reference> references)
    {
        var tagName = TagName(html, nameStart);
        var name = KnownName(tagName);
        var urlAttribute = name switch
        {
            "a" or "link" => "href",
            "script" or "img" or "source" => "src",
            "form" => "action",
            _ => null,
        };
        string? id = null, url = null, rel = null;
        var (urlStart, urlEnd) = (0, 0);
        var p = nameStart + tagName.Length;
        while (true)
        {
            var spaced = false;
            while (p < html.Length && IsWhiteSpace(html[p]))
            {
                p++;
                spaced = true;
            }

            if (p >= html.Length)
            {
                return null;
            }

            if (html[p] == (byte)'>' || (html[p] == (byte)'/' && p + 1 < html.Length && html[p + 1] == (byte)'>'))
            {
                break;
            }

            var attributeStart = p;
            while (p < html.Length && (char.IsAsciiLetterOrDigit((char)html[p]) || html[p] is (byte)'-' or (byte)'_' or (byte)':' or (byte)'.'))
            {
                p++;
            }

            if (p == attributeStart || !spaced)
            {
                return null;
            }

            var attribute = html[attributeStart..p];
            string? value = null;
            var (valueStart, valueStop) = (0, 0);
            if (p < html.Length && html[p] == (byte)'=')
            {
                if (p + 1 >= html.Length || html[p + 1] != (byte)'"')
                {
                    return null;
                }

                var valueEnd = IndexOf(html, (byte)'"', p + 2);
                if (valueEnd < 0)
                {
                    return null;
                }

                value = Decode(html, p + 2, valueEnd, attribute, urlAttribute);
                (valueStart, valueStop) = (p + 2, valueEnd);
                p = valueEnd + 1;
            }

            // An author's <a name="footnote-1"> is a link target too: rare enough to leave to the real parser.
            if (name == "a" && Ascii.EqualsIgnoreCase(attribute, "name"u8))
            {
                return null;
            }

            if (value is null)
            {
                continue;
            }

            // A repeated attribute: browsers keep the first; leave such a page to the real parser.
            if (Ascii.EqualsIgnoreCase(attribute, "id"u8))
            {
                if (id is not null)
                {
                    return null;
                }

                id = value;
            }
            else if (Ascii.EqualsIgnoreCase(attribute, "rel"u8))
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
                (urlStart, urlEnd) = (valueStart, valueStop);
            }
        }

        if (id is not null)
        {
            ids.Add(id);
        }

        if (url is not null)
        {
            references.Add(new Reference(name!, url, urlStart, urlEnd, p, rel));
        }

        return p;
    }

    /// <summary>The decoded value of the attributes this reader keeps (id, rel, the tag's URL); null for the rest.</summary>
    private static string? Decode(ReadOnlySpan<byte> html, int start, int end, ReadOnlySpan<byte> attribute, string? urlAttribute)
    {
        var wanted = Ascii.EqualsIgnoreCase(attribute, "id"u8)
            || Ascii.EqualsIgnoreCase(attribute, "rel"u8)
            || (urlAttribute is not null && Ascii.EqualsIgnoreCase(attribute, urlAttribute));
        if (!wanted)
        {
            return null;
        }

        var raw = Encoding.UTF8.GetString(html[start..end]);
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
    }
}
