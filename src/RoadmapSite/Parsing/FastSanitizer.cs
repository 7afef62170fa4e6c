using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace RoadmapSite.Parsing;

/// <summary>
/// HtmlSanitizer's answer for the HTML Markdig writes for ordinary text, emphasis, code, lists and plain links,
/// without parsing it into a DOM (which, once per item, dominated the build of a large roadmap). It accepts only
/// fragments whose tree the HTML parser builds exactly as written: known tags, strictly nested and all closed, none
/// of the contexts where the parser moves or closes elements by itself (a block inside <c>&lt;p&gt;</c>, an
/// <c>&lt;li&gt;</c> outside a list, a link inside a link, tables); and it writes them as HtmlSanitizer's
/// serialiser does (<c>&lt;br&gt;</c>, <c>"</c> unescaped in text, U+00A0 as <c>&amp;nbsp;</c>, trimmed).
/// Anything else it declines. <c>ContentSanitizerDifferentialTests</c> holds it to byte equality with HtmlSanitizer
/// over thousands of generated and mutated fragments.
/// </summary>
internal static class FastSanitizer
{
    /// <summary>Deeper nesting is left to HtmlSanitizer; Markdig's items and notes are far shallower.</summary>
    private const int MaxDepth = 32;

    private enum Tag : byte
    {
        None,
        A,
        Em,
        Strong,
        Code,
        Del,
        Ins,
        Mark,
        Sub,
        Sup,
        Br,
        P,
        Pre,
        Ul,
        Ol,
        Li,
        Blockquote,
        Dl,
        Dt,
        Dd,
        Hr,
        H1,
        H2,
        H3,
        H4,
        H5,
        H6,
    }

    public static bool TrySanitize(string html, [NotNullWhen(true)] out string? sanitized)
    {
        sanitized = null;
        Span<Tag> open = stackalloc Tag[MaxDepth];
        var depth = 0;
        // Only allocated once the output first differs from the input; most fragments are returned as they are.
        StringBuilder? output = null;
        var copiedUpTo = 0;

        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            string? replacement;
            int consumed;
            switch (c)
            {
                case '<':
                    if (!TryReadTag(html, i, open, ref depth, out consumed, out replacement))
                    {
                        return false;
                    }

                    break;
                case '&':
                    if (!TryReadEntity(html, i, out consumed, out replacement))
                    {
                        return false;
                    }

                    break;
                case '>':
                    (consumed, replacement) = (1, "&gt;");
                    break;
                case '\u00A0':
                    (consumed, replacement) = (1, "&nbsp;");
                    break;
                case '\n' or '\t':
                    (consumed, replacement) = (1, null);
                    break;
                default:
                    // The parser rewrites carriage returns, NUL and other control characters; unpaired surrogates
                    // do not survive its serialiser unchanged.
                    if (char.IsControl(c) || (char.IsSurrogate(c) && !IsPairAt(html, i)))
                    {
                        return false;
                    }

                    (consumed, replacement) = (char.IsHighSurrogate(c) ? 2 : 1, null);
                    break;
            }

            if (replacement is not null)
            {
                output ??= new StringBuilder(html.Length + 16);
                output.Append(html, copiedUpTo, i - copiedUpTo).Append(replacement);
                copiedUpTo = i + consumed;
            }

            i += consumed;
        }

        if (depth != 0)
        {
            return false;
        }

        sanitized = output is null ? html.Trim() : output.Append(html, copiedUpTo, html.Length - copiedUpTo).ToString().Trim();
        return true;
    }

    private static bool IsPairAt(string html, int i) =>
        char.IsHighSurrogate(html[i]) && i + 1 < html.Length && char.IsLowSurrogate(html[i + 1]);

    /// <summary>
    /// Reads the tag at <paramref name="start"/>, or declines. <paramref name="replacement"/> is set when the
    /// serialiser writes it differently (void elements).
    /// </summary>
    private static bool TryReadTag(string html, int start, Span<Tag> open, ref int depth, out int consumed, out string? replacement)
    {
        consumed = 0;
        replacement = null;
        var i = start + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && html[i] is >= 'a' and <= 'z' or >= '0' and <= '6')
        {
            i++;
        }

        var tag = Lookup(html.AsSpan(nameStart, i - nameStart));
        if (tag == Tag.None || i >= html.Length)
        {
            return false;
        }

        if (closing)
        {
            // Only the element last opened may close: any other end tag makes the parser close, reopen or ignore.
            if (html[i] != '>' || depth == 0 || open[depth - 1] != tag)
            {
                return false;
            }

            depth--;
            consumed = i + 1 - start;
            return true;
        }

        if (tag is Tag.Br or Tag.Hr)
        {
            var end = html[i] == '>' ? i + 1 : html.AsSpan(i).StartsWith(" />") ? i + 3 : html.AsSpan(i).StartsWith("/>") ? i + 2 : -1;
            if (end < 0 || (tag == Tag.Hr && !MayOpen(tag, open[..depth])))
            {
                return false;
            }

            consumed = end - start;
            if (end - i != 1)
            {
                replacement = tag == Tag.Br ? "<br>" : "<hr>";
            }

            return true;
        }

        if (tag == Tag.A)
        {
            if (!TryReadHref(html, i, out var end))
            {
                return false;
            }

            i = end - 1;
        }

        if (html[i] != '>' || depth == MaxDepth || !MayOpen(tag, open[..depth]))
        {
            return false;
        }

        // The parser drops a newline right after <pre>, and the serialiser does not always write it back.
        if (tag == Tag.Pre && i + 1 < html.Length && html[i + 1] is '\n' or '\r')
        {
            return false;
        }

        open[depth++] = tag;
        consumed = i + 1 - start;
        return true;
    }

    /// <summary>Whether the parser puts <paramref name="tag"/> where it stands, inside <paramref name="open"/>, and closes nothing.</summary>
    private static bool MayOpen(Tag tag, ReadOnlySpan<Tag> open)
    {
        var current = open.IsEmpty ? Tag.None : open[^1];
        if (IsBlock(tag) && open.Contains(Tag.P))
        {
            return false;
        }

        return tag switch
        {
            Tag.A => !open.Contains(Tag.A),
            Tag.Li => current is Tag.Ul or Tag.Ol,
            Tag.Dt or Tag.Dd => current == Tag.Dl,
            >= Tag.H1 => !ContainsHeading(open),
            _ => true,
        };
    }

    private static bool IsBlock(Tag tag) => tag >= Tag.P;

    private static bool ContainsHeading(ReadOnlySpan<Tag> open)
    {
        foreach (var tag in open)
        {
            if (tag >= Tag.H1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c> href="…"&gt;</c> exactly as Markdig writes a plain link: a printable ASCII URL, no entity but
    /// <c>&amp;amp;</c>, to http, https, mailto or a relative address. <paramref name="end"/> is just past the <c>&gt;</c>.
    /// </summary>
    private static bool TryReadHref(string html, int i, out int end)
    {
        end = 0;
        const string prefix = " href=\"";
        if (!html.AsSpan(i).StartsWith(prefix))
        {
            return false;
        }

        var urlStart = i + prefix.Length;
        var quote = html.IndexOf('"', urlStart);
        if (quote <= urlStart || quote + 1 >= html.Length || html[quote + 1] != '>')
        {
            return false;
        }

        var url = html.AsSpan(urlStart, quote - urlStart);
        for (var k = 0; k < url.Length; k++)
        {
            var c = url[k];
            if (c is <= ' ' or >= '\x7f' or '<' or '>' or '\\' or '\'' || (c == '&' && !url[k..].StartsWith("&amp;")))
            {
                return false;
            }
        }

        end = quote + 2;
        return HasSafeScheme(url);
    }

    private static bool HasSafeScheme(ReadOnlySpan<char> url)
    {
        var colon = url.IndexOf(':');
        var firstDelimiter = url.IndexOfAny('/', '?', '#');
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = url[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The entities Markdig writes in text; the serialiser writes a quote as itself.</summary>
    private static bool TryReadEntity(string html, int i, out int consumed, out string? replacement)
    {
        var rest = html.AsSpan(i);
        (consumed, replacement) = rest.StartsWith("&amp;") ? (5, null)
            : rest.StartsWith("&lt;") ? (4, null)
            : rest.StartsWith("&gt;") ? (4, (string?)null)
            : rest.StartsWith("&quot;") ? (6, "\"")
            : (0, null);
        return consumed > 0;
    }

    private static Tag Lookup(ReadOnlySpan<char> name) => name switch
    {
        "a" => Tag.A,
        "em" => Tag.Em,
        "strong" => Tag.Strong,
        "code" => Tag.Code,
        "del" => Tag.Del,
        "ins" => Tag.Ins,
        "mark" => Tag.Mark,
        "sub" => Tag.Sub,
        "sup" => Tag.Sup,
        "br" => Tag.Br,
        "p" => Tag.P,
        "pre" => Tag.Pre,
        "ul" => Tag.Ul,
        "ol" => Tag.Ol,
        "li" => Tag.Li,
        "blockquote" => Tag.Blockquote,
        "dl" => Tag.Dl,
        "dt" => Tag.Dt,
        "dd" => Tag.Dd,
        "hr" => Tag.Hr,
        "h1" => Tag.H1,
        "h2" => Tag.H2,
        "h3" => Tag.H3,
        "h4" => Tag.H4,
        "h5" => Tag.H5,
        "h6" => Tag.H6,
        _ => Tag.None,
    };
}
