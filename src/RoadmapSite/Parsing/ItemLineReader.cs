using System.Collections.Immutable;
using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapSite.Configuration;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>
/// Reads an item's first line, as Markdig's inlines, into <see cref="ItemLine"/>: leading difficulty and
/// importance markers, then the title and description in whichever form the author used
/// (<c>**Title**: text</c>, <c>[Title](url): text</c>, <c>Title: text</c>, a bold or link-only line, or plain text),
/// and a trailing <c>{#id}</c>.
/// </summary>
internal sealed class ItemLineReader(MarkerVocabulary markers, DiagnosticBag diagnostics)
{
    private const char VariationSelector16 = '\uFE0F';
    private const int LongestSplitTitle = 100;
    private const char FullWidthColon = '\uFF1A';
    private static readonly char[] Colons = [':', FullWidthColon];
    private static readonly string[] DescriptionSeparators = [":", "\uFF1A", " - ", " – ", " — ", "- ", "– ", "— "];

    private readonly (string Symbol, Difficulty Difficulty)[] difficultySymbols = markers.Difficulty
        .Select(pair => (StripVariationSelectors(pair.Key), pair.Value))
        .OrderByDescending(pair => pair.Item1.Length).ThenBy(pair => pair.Item1, StringComparer.Ordinal)
        .ToArray();

    private readonly string[] importanceSymbols = markers.Importance.Select(StripVariationSelectors)
        .OrderByDescending(symbol => symbol.Length).ThenBy(symbol => symbol, StringComparer.Ordinal)
        .ToArray();

    private readonly string[] estimateSymbols = markers.Estimate.Select(StripVariationSelectors)
        .OrderByDescending(symbol => symbol.Length).ThenBy(symbol => symbol, StringComparer.Ordinal)
        .ToArray();

    private readonly (string Unit, double Minutes)[] estimateUnits = [.. markers.EstimateUnits()];

    /// <summary>The difficulty symbols, as the legend note names them.</summary>
    public IEnumerable<string> DifficultySymbols => difficultySymbols.Select(d => d.Symbol);

    /// <param name="first">The first inline of the line.</param>
    /// <param name="skipChars">Characters of literal text to drop first (a malformed checkbox such as <c>[~]</c>).</param>
    public ItemLine Read(Inline? first, int skipChars, SourceLocation location)
    {
        var segments = Siblings(first);

        DropLeadingCharacters(segments, skipChars);
        var explicitId = TakeExplicitId(segments);
        TrimStart(segments);
        var (difficulty, importance, estimate) = TakeMarkers(segments, location);
        TrimStart(segments);
        // A title written as a link ("[Tries](https://…): notes") stays that link on the page, as on GitHub.
        var titleLink = segments is [{ Text: null, Inline: LinkInline { IsImage: false } link }, ..] ? link : null;
        var (title, description, atPlainColon) = SplitTitle(segments);
        TrimEnd(title);
        importance = TakePriorityImage(description) is { } level ? importance ?? level : importance;
        var whole = atPlainColon ? segments.ToList() : null;
        if (whole is not null)
        {
            TrimEnd(whole);
        }

        var line = new ItemLine
        {
            TitleHtml = ContentSanitizer.Sanitize(MarkdownSetup.RenderInlines(titleLink is null ? title : [new InlineSegment(titleLink)])),
            TitleUrl = titleLink?.Url ?? "",
            Title = MarkdownSetup.PlainText(title),
            SourceTitle = MarkdownSetup.SourceText(title),
            DescriptionHtml = ContentSanitizer.Sanitize(MarkdownSetup.RenderInlines(description)),
            Description = MarkdownSetup.PlainText(description),
            Difficulty = difficulty,
            Importance = importance,
            EstimateMinutes = estimate,
            ExplicitId = explicitId?.Id,
            Aliases = explicitId?.Aliases ?? [],
            Links = CollectLinks(first),
        };

        // The same line with nothing cut off as a description: markers, id and links stay as read.
        return whole is null ? line : line with
        {
            Unsplit = line with
            {
                TitleHtml = ContentSanitizer.Sanitize(MarkdownSetup.RenderInlines(whole)),
                TitleUrl = "",
                Title = MarkdownSetup.PlainText(whole),
                SourceTitle = MarkdownSetup.SourceText(whole),
                DescriptionHtml = "",
                Description = "",
            },
        };
    }

    /// <summary>Reads a heading's text: only a trailing <c>{#id}</c> is taken off; headings have no markers or descriptions.</summary>
    public ItemLine ReadHeading(Inline? first)
    {
        var segments = Siblings(first);

        var explicitId = TakeExplicitId(segments);
        TrimStart(segments);
        TrimEnd(segments);
        var backToTop = TakeBackToTopLink(segments);
        return new ItemLine
        {
            TitleHtml = ContentSanitizer.Sanitize(MarkdownSetup.RenderInlines(segments)),
            Title = MarkdownSetup.PlainText(segments),
            SourceTitle = MarkdownSetup.SourceText(segments),
            ExplicitId = explicitId?.Id,
            Aliases = explicitId?.Aliases ?? [],
            Links = CollectLinks(first, except: backToTop),
        };
    }

    /// <summary>
    /// Takes off a trailing back-to-top link (<c>#### CLI Tools [&lt;sup&gt;[TOC]&lt;/sup&gt;](#top)</c>, <c>[↑](#contents)</c>):
    /// it decorates the heading on GitHub, it is not part of the name, and the site has its own navigation.
    /// </summary>
    private static LinkInline? TakeBackToTopLink(List<InlineSegment> segments)
    {
        if (segments.Count < 2 || segments[^1].Inline is not LinkInline { IsImage: false } link || !IsBackToTop(link))
        {
            return null;
        }

        segments.RemoveAt(segments.Count - 1);
        TrimEnd(segments);
        return link;
    }

    /// <summary>A link back to the top or the table of contents (by its target or by what it reads).</summary>
    internal static bool IsBackToTop(LinkInline link)
    {
        var url = link.Url ?? "";
        var target = url.StartsWith('#') ? url[1..].ToLowerInvariant() : null;
        if (target is "top" or "toc" or "contents" or "table-of-contents" or "back-to-top" or "index")
        {
            return true;
        }

        var text = MarkdownSetup.PlainText(link.FirstChild).Trim('[', ']', ' ').Replace(VariationSelector16.ToString(), "", StringComparison.Ordinal).ToLowerInvariant();
        return text is "↑" or "⬆" or "⇧" or "▲" or "toc" or "top" or "back to top" or "⬆ back to top" or "↑ back to top";
    }

    private static void DropLeadingCharacters(List<InlineSegment> segments, int count)
    {
        while (count > 0 && segments.Count > 0 && TextOf(segments[0]) is { } text)
        {
            if (text.Length > count)
            {
                segments[0] = segments[0] with { Text = text[count..] };
                return;
            }

            count -= text.Length;
            segments.RemoveAt(0);
        }
    }

    private static ExplicitId.Match? TakeExplicitId(List<InlineSegment> segments)
    {
        var last = segments.Count - 1;
        while (last >= 0 && (segments[last].Inline is LineBreakInline || TextOf(segments[last]) is { } t && string.IsNullOrWhiteSpace(t)))
        {
            last--;
        }

        if (last < 0 || TextOf(segments[last]) is not { } text || ExplicitId.FindAtEnd(text) is not { } match)
        {
            return null;
        }

        segments[last] = segments[last] with { Text = text[..match.Start] };
        segments.RemoveRange(last + 1, segments.Count - last - 1);
        return match;
    }

    private (Difficulty, int?, int?) TakeMarkers(List<InlineSegment> segments, SourceLocation location)
    {
        var difficulty = Difficulty.None;
        int? importance = null;
        int? estimate = null;
        if (segments.Count == 0 || TextOf(segments[0]) is not { } text)
        {
            return (difficulty, importance, estimate);
        }

        var position = 0;
        while (true)
        {
            while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] == VariationSelector16))
            {
                position++;
            }

            if (position >= text.Length)
            {
                break;
            }

            var rest = text[position..];
            if (Array.FindIndex(difficultySymbols, d => rest.StartsWith(d.Symbol, StringComparison.Ordinal)) is var d and >= 0)
            {
                if (difficulty != Difficulty.None)
                {
                    diagnostics.Warning(DiagnosticCodes.RepeatedMarker, "more than one difficulty marker; the first one counts", location);
                }
                else
                {
                    difficulty = difficultySymbols[d].Difficulty;
                }

                position += difficultySymbols[d].Symbol.Length;
            }
            else if (Array.Find(estimateSymbols, s => rest.StartsWith(s, StringComparison.Ordinal)) is { } clock)
            {
                var (minutes, length) = ReadEstimate(text, position + clock.Length);
                if (minutes is null)
                {
                    var written = text[position..(position + clock.Length + length)].Trim();
                    diagnostics.Warning(
                        DiagnosticCodes.UnreadableEstimate,
                        $"unreadable time estimate '{written}'; write a number and a unit: {clock} 30{estimateUnits.First(u => u.Minutes == 1).Unit}, {clock} 2{HourUnit}, {clock} 1.5{HourUnit} (site.yml: markers)",
                        ColumnOf(segments[0], text, position, location));
                }
                else if (estimate is not null)
                {
                    diagnostics.Warning(DiagnosticCodes.RepeatedMarker, "more than one time estimate; the first one counts", ColumnOf(segments[0], text, position, location));
                }
                else
                {
                    estimate = minutes;
                }

                position += clock.Length + length;
            }
            else if (Array.Find(importanceSymbols, s => rest.StartsWith(s, StringComparison.Ordinal)) is { } star)
            {
                importance = (importance ?? 0) + 1;
                position += star.Length;
            }
            else if (StringInfo.GetNextTextElement(text, position) is var element && LooksLikeMarker(element))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownMarker, $"unknown marker '{element}'; known markers are {string.Join(" ", difficultySymbols.Select(s => s.Symbol).Concat(importanceSymbols))} (site.yml: markers)", location);
                position += element.Length;
            }
            else
            {
                break;
            }
        }

        if (importance > 3)
        {
            diagnostics.Warning(DiagnosticCodes.RepeatedMarker, $"{importance} importance stars; the scale goes up to 3", location);
            importance = 3;
        }

        segments[0] = segments[0] with { Text = text[position..] };
        return (difficulty, importance, estimate);
    }

    /// <summary>
    /// Takes off a priority image at the start of the description (<c>![High][high]</c>, <c>![Low](low.svg)</c>): its
    /// importance, or null (and the description untouched) when the description does not start with one. Other
    /// leading images stay, shown as GitHub shows them.
    /// </summary>
    private int? TakePriorityImage(List<InlineSegment> description)
    {
        if (description is not [{ Text: null, Inline: LinkInline { IsImage: true } image }, ..])
        {
            return null;
        }

        var words = MarkdownSetup.PlainText(image.FirstChild).Split([' ', '-', '_', ':', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !word.Equals("priority", StringComparison.OrdinalIgnoreCase) && !word.Equals("importance", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (words is not [var word] || !markers.ImportanceWords.TryGetValue(word, out var level))
        {
            return null;
        }

        description.RemoveAt(0);
        TrimStart(description);
        return level;
    }

    private string HourUnit => estimateUnits.FirstOrDefault(u => u.Minutes == 60).Unit ?? "h";

    /// <summary>
    /// Reads an estimate's number and unit after its symbol (<c> 1.5h</c>, <c> 30 min</c>): its minutes (null when it
    /// cannot be read) and how many characters it took, up to the next white space when unreadable.
    /// </summary>
    private (int? Minutes, int Length) ReadEstimate(string text, int start)
    {
        var i = start;
        while (i < text.Length && (text[i] == VariationSelector16 || text[i] == ' ' || text[i] == '\u00A0'))
        {
            i++;
        }

        var numberStart = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || ((text[i] is '.' or ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > numberStart)))
        {
            i++;
        }

        var number = text[numberStart..i].Replace(',', '.');
        var unitStart = i;
        while (unitStart < text.Length && text[unitStart] == ' ')
        {
            unitStart++;
        }

        var unitEnd = unitStart;
        while (unitEnd < text.Length && char.IsLetter(text[unitEnd]))
        {
            unitEnd++;
        }

        var unit = text[unitStart..unitEnd];
        var multiplier = estimateUnits.FirstOrDefault(u => string.Equals(u.Unit, unit, StringComparison.OrdinalIgnoreCase)).Minutes;
        if (number.Length > 0 && multiplier > 0 && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value * multiplier is > 0 and < int.MaxValue)
        {
            return ((int)Math.Round(value * multiplier, MidpointRounding.AwayFromZero), unitEnd - start);
        }

        var end = start;
        while (end < text.Length && (text[end] == ' ' || text[end] == VariationSelector16))
        {
            end++;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (null, end - start);
    }

    /// <summary>Where in the source a position of the line's first literal is, for a diagnostic about a marker.</summary>
    private static SourceLocation ColumnOf(InlineSegment segment, string text, int position, SourceLocation item)
    {
        if (segment.Inline is LiteralInline literal && literal.Line >= 0 && literal.Column >= 0)
        {
            var cut = literal.Content.Length - text.Length;
            return item with { Line = literal.Line + 1, Column = literal.Column + 1 + cut + position };
        }

        return item;
    }

    /// <summary>Coloured circles and squares are what authors use as markers; any such symbol outside the vocabulary is worth a warning.</summary>
    private static bool LooksLikeMarker(string element)
    {
        // A lone surrogate (text that did not come through a UTF-8 decoder) is no marker, and must not throw.
        if (!System.Text.Rune.TryGetRuneAt(element, 0, out var decoded))
        {
            return false;
        }

        var rune = decoded.Value;
        return rune is (>= 0x1F534 and <= 0x1F535) or (>= 0x1F7E0 and <= 0x1F7EB) or 0x26AA or 0x26AB or 0x2B50 or 0x2605 or 0x2606;
    }

    /// <summary>
    /// The title and description; <c>AtPlainColon</c> when they were cut at a colon in plain text (the one form that
    /// can be undone, see <see cref="ItemLine.Unsplit"/>).
    /// </summary>
    private static (List<InlineSegment> Title, List<InlineSegment> Description, bool AtPlainColon) SplitTitle(List<InlineSegment> segments)
    {
        if (segments.Count == 0)
        {
            return ([], [], false);
        }

        var head = segments[0];
        if (head.Text is null && head.Inline is EmphasisInline { DelimiterCount: >= 2 } strong)
        {
            var title = Children(strong);
            TrimEnd(title);
            var description = StripSeparator(segments.Skip(1));
            if (description.Count == 0 && SplitAtColon(title) is { } whole)
            {
                // The whole line in bold, description included: "**Git Flow: Learn branching strategies.**".
                return (whole.Title, whole.Description, false);
            }

            TrimTrailingColon(title);
            return (title, description, false);
        }

        if (head.Text is null && head.Inline is LinkInline { IsImage: false } link)
        {
            return (Children(link), StripSeparator(segments.Skip(1)), false);
        }

        return SplitAtColon(segments) is { } split ? (split.Title, split.Description, true) : (segments, [], false);
    }

    /// <summary>
    /// "Title: description", where the title part is short enough to be one and what follows the colon is a sentence
    /// (see <see cref="TitleSentence"/>); null when there is no such colon. "Spark: The Definitive Guide" and
    /// "Chapter 2: Basics" are titles.
    /// </summary>
    private static (List<InlineSegment> Title, List<InlineSegment> Description)? SplitAtColon(List<InlineSegment> segments)
    {
        var length = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (TextOf(segments[i]) is not { } text)
            {
                length += MarkdownSetup.PlainText([segments[i]]).Length;
                continue;
            }

            var colon = FindDescriptionColon(text, isLast: i == segments.Count - 1);
            if (colon >= 0 && length + colon > 0 && length + colon <= LongestSplitTitle)
            {
                var title = segments.Take(i).Append(segments[i] with { Text = text[..colon] }).ToList();
                var description = StripSeparator(segments.Skip(i + 1).Prepend(segments[i] with { Text = text[(colon + 1)..] }));
                if (!TitleSentence.IsSentence(MarkdownSetup.PlainText(description)))
                {
                    return null;
                }

                return (title, description);
            }

            length += text.Length;
            if (length > LongestSplitTitle)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// A colon ending the title: followed by white space, or ending the literal with more inlines after it.
    /// CJK text writes the full-width colon with no space after it ("数据结构：数组和链表"), so any text after one will do.
    /// </summary>
    private static int FindDescriptionColon(string text, bool isLast)
    {
        for (var i = text.IndexOfAny(Colons); i >= 0; i = text.IndexOfAny(Colons, i + 1))
        {
            var followed = i + 1 < text.Length && (text[i] == FullWidthColon || char.IsWhiteSpace(text[i + 1]));
            if (ClosesShortcode(text, i))
            {
                // ":shipit: Ship it": the end of a shortcode GitHub draws as an image, not a separator.
                continue;
            }

            if (followed || (i + 1 == text.Length && !isLast))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the colon at <paramref name="colon"/> ends a <c>:shortcode:</c> (letters, digits, <c>_+-</c>).</summary>
    private static bool ClosesShortcode(string text, int colon)
    {
        var start = colon - 1;
        while (start >= 0 && (char.IsAsciiLetterOrDigit(text[start]) || text[start] is '_' or '+' or '-'))
        {
            start--;
        }

        return start >= 0 && start < colon - 1 && text[start] == ':' && (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]));
    }

    private static List<InlineSegment> StripSeparator(IEnumerable<InlineSegment> rest)
    {
        var list = rest.ToList();
        TrimStart(list);
        if (list.Count > 0 && TextOf(list[0]) is { } text)
        {
            foreach (var separator in DescriptionSeparators)
            {
                if (text.StartsWith(separator.TrimStart(), StringComparison.Ordinal))
                {
                    list[0] = list[0] with { Text = text[separator.TrimStart().Length..] };
                    break;
                }
            }
        }

        TrimStart(list);
        TrimEnd(list);
        return list;
    }

    private static void TrimTrailingColon(List<InlineSegment> segments)
    {
        if (segments.Count > 0 && TextOf(segments[^1]) is { } text && text.TrimEnd() is [.., ':' or FullWidthColon])
        {
            segments[^1] = segments[^1] with { Text = text.TrimEnd()[..^1] };
            TrimEnd(segments);
        }
    }

    private static List<InlineSegment> Children(ContainerInline container) => Siblings(container.FirstChild);

    /// <summary>An inline and the siblings after it, each as a whole segment.</summary>
    private static List<InlineSegment> Siblings(Inline? first)
    {
        var list = new List<InlineSegment>();
        for (var node = first; node is not null; node = node.NextSibling)
        {
            list.Add(new InlineSegment(node));
        }

        return list;
    }

    /// <summary>Drops leading white space, including the <c>&amp;nbsp;</c> runs some authors indent items with.</summary>
    private static void TrimStart(List<InlineSegment> segments)
    {
        while (segments.Count > 0)
        {
            var text = TextOf(segments[0]) ?? (segments[0].Inline is HtmlEntityInline entity ? entity.Transcoded.ToString() : null);
            if (text is null && segments[0].Inline is not LineBreakInline)
            {
                return;
            }

            var trimmed = (text ?? "").TrimStart();
            if (trimmed.Length > 0)
            {
                segments[0] = new InlineSegment(segments[0].Inline, trimmed);
                return;
            }

            segments.RemoveAt(0);
        }
    }

    private static void TrimEnd(List<InlineSegment> segments)
    {
        while (segments.Count > 0)
        {
            var text = TextOf(segments[^1]);
            if (text is null && segments[^1].Inline is not LineBreakInline)
            {
                return;
            }

            var trimmed = (text ?? "").TrimEnd();
            if (trimmed.Length > 0)
            {
                segments[^1] = segments[^1] with { Text = trimmed };
                return;
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }

    /// <summary>
    /// The text of a literal segment (as cut so far), or null for any other inline. An emoji written as a shortcode is
    /// not text to cut: it stays whole, and ids keep being made from its shortcode.
    /// </summary>
    private static string? TextOf(InlineSegment segment) =>
        segment.Text ?? (segment.Inline is LiteralInline literal and not Markdig.Extensions.Emoji.EmojiInline ? literal.Content.ToString() : null);

    private static ImmutableArray<ItemLink> CollectLinks(Inline? first, Inline? except = null)
    {
        var links = ImmutableArray.CreateBuilder<ItemLink>();
        for (var node = first; node is not null; node = node.NextSibling)
        {
            if (node == except)
            {
                continue;
            }

            IEnumerable<Inline> all = node is ContainerInline container ? container.FindDescendants<Inline>().Prepend(node) : [node];
            foreach (var inline in all)
            {
                if (inline is LinkInline { IsImage: false, Url: { Length: > 0 } url } link)
                {
                    links.Add(new ItemLink(MarkdownSetup.PlainText(link.FirstChild), url));
                }
                else if (inline is AutolinkInline autolink)
                {
                    links.Add(new ItemLink(autolink.Url, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                }
            }
        }

        return links.ToImmutable();
    }

    private static string StripVariationSelectors(string symbol) => symbol.Replace(VariationSelector16.ToString(), "", StringComparison.Ordinal);
}
