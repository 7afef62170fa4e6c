using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace RoadmapSite.Layout;

/// <summary>
/// Wraps a plain title into a few lines by an approximate width measure, since the layout runs at build time
/// with no font to measure against. Works on text elements (grapheme clusters), so a surrogate pair, a combining
/// sequence or an emoji ZWJ sequence is never split; wide (CJK, fullwidth) characters and emoji count double.
/// </summary>
internal static class LabelWrapper
{
    public const string Ellipsis = "…";

    private const double AverageWidth = 0.56;
    private const double WideWidth = 2 * AverageWidth;

    /// <summary>Wraps <paramref name="text"/> into at most <paramref name="maxLines"/> lines of <paramref name="maxWidthEms"/>.</summary>
    public static ImmutableArray<string> Wrap(string text, double maxWidthEms, int maxLines)
    {
        var normalised = NormaliseWhitespace(text);
        if (normalised.Length == 0)
        {
            return [""];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0.0;

        void BreakLine()
        {
            lines.Add(line.ToString().TrimEnd());
            line.Clear();
            lineWidth = 0;
        }

        foreach (var segment in BreakOpportunities(normalised))
        {
            var visibleWidth = MeasureEms(segment.TrimEnd());
            if (line.Length > 0 && lineWidth + visibleWidth > maxWidthEms)
            {
                BreakLine();
            }

            if (visibleWidth <= maxWidthEms - lineWidth)
            {
                line.Append(segment);
                lineWidth += MeasureEms(segment);
                continue;
            }

            // A word longer than a whole line: break it between text elements.
            foreach (var element in TextElements(segment))
            {
                var width = ElementWidth(element);
                if (line.Length > 0 && lineWidth + width > maxWidthEms && element != " ")
                {
                    BreakLine();
                }

                if (line.Length == 0 && element == " ")
                {
                    continue;
                }

                line.Append(element);
                lineWidth += width;
            }
        }

        if (line.Length > 0)
        {
            BreakLine();
        }

        return lines.Count <= maxLines ? [.. lines] : Truncate(lines, maxWidthEms, maxLines);
    }

    /// <summary>The approximate width of <paramref name="text"/>, in ems.</summary>
    public static double MeasureEms(string text)
    {
        var width = 0.0;
        foreach (var element in TextElements(text))
        {
            width += ElementWidth(element);
        }

        return width;
    }

    private static ImmutableArray<string> Truncate(List<string> lines, double maxWidthEms, int maxLines)
    {
        var last = TextElements(lines[maxLines - 1]).ToList();
        var ellipsisWidth = MeasureEms(Ellipsis);
        while (last.Count > 0 && (MeasureEms(string.Concat(last)) + ellipsisWidth > maxWidthEms || last[^1] == " "))
        {
            last.RemoveAt(last.Count - 1);
        }

        return [.. lines.Take(maxLines - 1), string.Concat(last) + Ellipsis];
    }

    /// <summary>Collapses whitespace and control characters to single spaces and replaces lone surrogates.</summary>
    private static string NormaliseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else
            {
                // A lone surrogate is no character at all; show it the way a browser would.
                result.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Splits text into pieces a line may break after: words with their trailing space, words cut after a hyphen
    /// or slash (so paths and URLs wrap), and each wide character on its own (CJK breaks between any two characters).
    /// A space after a wide character becomes a piece of its own, which has no visible width and so never starts a line.
    /// </summary>
    private static IEnumerable<string> BreakOpportunities(string text)
    {
        var segment = new StringBuilder();
        foreach (var element in TextElements(text))
        {
            var wide = IsWide(element);
            if (wide && segment.Length > 0)
            {
                yield return segment.ToString();
                segment.Clear();
            }

            segment.Append(element);
            if (wide || element is " " or "-" or "/" or "–" or "—")
            {
                yield return segment.ToString();
                segment.Clear();
            }
        }

        if (segment.Length > 0)
        {
            yield return segment.ToString();
        }
    }

    private static IEnumerable<string> TextElements(string text)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            yield return enumerator.GetTextElement();
        }
    }

    private static double ElementWidth(string element)
    {
        if (IsWide(element))
        {
            return WideWidth;
        }

        var rune = FirstRune(element);
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return 0;
        }

        // Rough advance widths of a common sans-serif (Arial, Helvetica), rounded up so real text rarely overflows.
        return rune.Value switch
        {
            ' ' => 0.28,
            'i' or 'j' or 'l' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or '`' => 0.3,
            '(' or ')' or '[' or ']' or '{' or '}' or 'f' or 't' or 'r' => 0.4,
            'W' or '@' => 1.0,
            'm' or 'w' or 'M' or '%' => 0.9,
            _ when Rune.IsUpper(rune) => 0.7,
            _ => AverageWidth,
        };
    }

    private static Rune FirstRune(string element)
    {
        Rune.DecodeFromUtf16(element, out var rune, out _);
        return rune;
    }

    private static bool IsWide(string element)
    {
        if (element.Contains('\uFE0F') || element.Contains('\u200D'))
        {
            // Emoji presentation selector or a ZWJ sequence: drawn as one emoji.
            return true;
        }

        var value = FirstRune(element).Value;
        return value is
            (>= 0x1100 and <= 0x115F) // Hangul Jamo
            or (>= 0x2600 and <= 0x27BF) // Miscellaneous Symbols, Dingbats (many have emoji presentation)
            or (>= 0x2B00 and <= 0x2BFF) // arrows and stars such as ⭐
            or (>= 0x2E80 and <= 0x303E) // CJK radicals, punctuation
            or (>= 0x3041 and <= 0x33FF) // Kana, CJK compatibility
            or (>= 0x3400 and <= 0x4DBF) // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
            or (>= 0xA000 and <= 0xA4CF) // Yi
            or (>= 0xAC00 and <= 0xD7A3) // Hangul syllables
            or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
            or (>= 0xFE30 and <= 0xFE4F) // CJK compatibility forms
            or (>= 0xFF00 and <= 0xFF60) // fullwidth forms
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F000 and <= 0x1FAFF) // emoji, flags, pictographs
            or (>= 0x20000 and <= 0x3FFFD); // CJK extensions B and beyond
    }
}
