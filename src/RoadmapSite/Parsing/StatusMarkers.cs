using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>What an author's status marker says about a topic.</summary>
internal enum AuthorStatus
{
    ToDo,
    InProgress,
    Done,
}

/// <summary>
/// Status markers authors write instead of checkboxes (<c>- ✅ Arrays</c>, <c>- 🚧 Trees</c>) and the legend list that
/// explains them (<c>- [x] Done</c>, <c>- [ ] Not done yet</c>, <c>- ✅ - finished</c>): a short list before the first
/// section whose every entry is a box or a symbol followed by a status word.
/// </summary>
internal sealed partial class StatusMarkers
{
    private const int MaxLegendEntries = 6;

    private readonly Dictionary<string, AuthorStatus> symbols = new(StringComparer.Ordinal)
    {
        ["✅"] = AuthorStatus.Done,
        ["✔"] = AuthorStatus.Done,
        ["☑"] = AuthorStatus.Done,
        ["✓"] = AuthorStatus.Done,
        ["❌"] = AuthorStatus.ToDo,
        ["⬜"] = AuthorStatus.ToDo,
        ["🔲"] = AuthorStatus.ToDo,
        ["☐"] = AuthorStatus.ToDo,
        ["🚧"] = AuthorStatus.InProgress,
        ["⏳"] = AuthorStatus.InProgress,
        ["🔄"] = AuthorStatus.InProgress,
    };

    /// <summary>Takes the symbols a legend gives a meaning (🟦 "in progress"): they are status markers of this file.</summary>
    public void Learn(IEnumerable<(string Symbol, AuthorStatus Status)> entries)
    {
        foreach (var (symbol, status) in entries)
        {
            if (!symbol.StartsWith('['))
            {
                symbols[symbol] = status;
            }
        }
    }

    /// <summary>
    /// The status symbol an item's text starts with, and how many characters to drop with it (the symbol, the
    /// variation selector, and a separator such as <c> - </c>); null when it starts with anything else.
    /// </summary>
    public (AuthorStatus Status, int Length)? Leading(string text)
    {
        if (FirstSymbol(text) is not { } symbol || Status(symbol) is not { } status)
        {
            return null;
        }

        var match = SeparatorPattern().Match(text, symbol.Length);
        var length = symbol.Length + (match.Success ? match.Length : 0);
        return length < text.Length ? (status, length) : null;
    }

    private AuthorStatus? Status(string symbol)
    {
        var bare = symbol.TrimEnd('\uFE0F');
        if (symbols.TryGetValue(bare, out var status))
        {
            return status;
        }

        // Clock faces (🕐 … 🕧): "in progress", as legends write it.
        var rune = bare.EnumerateRunes().FirstOrDefault();
        return rune.Value is >= 0x1F550 and <= 0x1F567 && bare.Length == rune.Utf16SequenceLength ? AuthorStatus.InProgress : null;
    }

    /// <summary>The legend entries of a list, or null when it is not a legend.</summary>
    public static List<(string Symbol, string Meaning, AuthorStatus Status)>? ReadLegend(ListBlock list, string source)
    {
        var items = list.OfType<ListItemBlock>().ToList();
        if (items.Count is < 2 or > MaxLegendEntries)
        {
            return null;
        }

        var entries = new List<(string, string, AuthorStatus)>();
        foreach (var item in items)
        {
            if (item is not [ParagraphBlock paragraph])
            {
                return null;
            }

            var text = source.Substring(paragraph.Span.Start, paragraph.Span.Length).Trim();
            string symbol;
            var box = BoxPattern().Match(text);
            if (box.Success)
            {
                symbol = box.Groups[1].Value is " " ? "[ ]" : "[x]";
                text = text[box.Length..];
            }
            else if (FirstSymbol(text) is { } first)
            {
                symbol = first.TrimEnd('\uFE0F');
                text = text[first.Length..];
            }
            else
            {
                return null;
            }

            var meaning = SeparatorPattern().Replace(text, "", 1).Trim();
            if (MeaningStatus(meaning) is not { } status)
            {
                return null;
            }

            entries.Add((symbol, meaning, status));
        }

        return entries;
    }

    public static ImmutableArray<LegendEntry> Entries(IEnumerable<(string Symbol, string Meaning, AuthorStatus Status)> legend) =>
        [.. legend.Select(entry => new LegendEntry(entry.Symbol switch { "[ ]" => "☐", "[x]" => "☑", var symbol => symbol }, entry.Meaning))];

    /// <summary>What a legend entry's words say: "Done", "finished", "Not done yet", "to do", "in progress"…</summary>
    private static AuthorStatus? MeaningStatus(string meaning)
    {
        var words = meaning.ToLowerInvariant();
        if (words.Length == 0 || words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5)
        {
            return null;
        }

        return ToDoPattern().IsMatch(words) ? AuthorStatus.ToDo
            : InProgressPattern().IsMatch(words) ? AuthorStatus.InProgress
            : DonePattern().IsMatch(words) ? AuthorStatus.Done
            : null;
    }

    /// <summary>The first text element when it is a symbol (an emoji, with its variation selector), not a letter, digit or punctuation.</summary>
    private static string? FirstSymbol(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var element = StringInfo.GetNextTextElement(text);
        var rune = element.EnumerateRunes().First();
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol && rune.Value > 0x7F ? element : null;
    }

    [GeneratedRegex(@"^\[( |x|X)\]")]
    private static partial Regex BoxPattern();

    [GeneratedRegex(@"\G\s*(?:[-–—:=]\s*)?")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"\b(not|to ?do|pending|planned|yet|unfinished|incomplete)\b")]
    private static partial Regex ToDoPattern();

    [GeneratedRegex(@"\b(in progress|progress|ongoing|working|wip|doing|started|learning)\b")]
    private static partial Regex InProgressPattern();

    [GeneratedRegex(@"\b(done|finished|complete|completed|learned|learnt)\b")]
    private static partial Regex DonePattern();
}
