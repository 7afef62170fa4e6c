using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>
/// Checkbox tables (a LeetCode-style tracker: <c>| 1 | [Two Sum](…) | Easy | [ ] |</c>): each row is a topic titled by
/// its first text cell, ticked when its box cell is <c>[x]</c>; an Easy/Medium/Hard cell is its difficulty and the other
/// cells its description. The site lists the rows as topics, so they are tracked, searched and filtered like any other.
/// </summary>
internal sealed partial class DocumentParser
{
    [GeneratedRegex(@"^\s*\[( |x|X)\]\s*$")]
    private static partial Regex BoxCellPattern();

    [GeneratedRegex(@"^[\s\p{N}\p{P}]*$")]
    private static partial Regex NumberCellPattern();

    /// <summary>The column whose body cells are mostly boxes (<c>[ ]</c>, <c>[x]</c>), or -1.</summary>
    private int BoxColumn(Table table)
    {
        var rows = table.OfType<TableRow>().Where(row => !row.IsHeader).ToList();
        if (rows.Count == 0)
        {
            return -1;
        }

        var columns = rows.Max(row => row.Count);
        for (var column = 0; column < columns; column++)
        {
            var boxes = rows.Count(row => column < row.Count && IsBoxCell((TableCell)row[column]));
            if (boxes > 0 && 2 * boxes >= rows.Count)
            {
                return column;
            }
        }

        return -1;
    }

    private bool IsBoxCell(TableCell cell) => BoxCellPattern().IsMatch(CellSource(cell));

    private string CellSource(TableCell cell) =>
        cell.Span.Start >= 0 && cell.Span.End < source.Text.Length ? source.Text.Substring(cell.Span.Start, cell.Span.Length) : "";

    /// <summary>The table's rows as topics, or null when it is not a checkbox table.</summary>
    private List<DraftItem>? TableTopics(Table table)
    {
        var boxColumn = BoxColumn(table);
        if (boxColumn < 0)
        {
            return null;
        }

        var header = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader)?.OfType<TableCell>()
            .Select(cell => cell.FirstOrDefault() is ParagraphBlock paragraph ? MarkdownSetup.PlainText(paragraph).Trim() : "").ToList() ?? [];
        var topics = new List<DraftItem>();
        foreach (var row in table.OfType<TableRow>().Where(row => !row.IsHeader))
        {
            var cells = row.OfType<TableCell>().ToList();
            var location = Locate(row);
            var titleCell = cells.Where((cell, index) => index != boxColumn && cell.FirstOrDefault() is ParagraphBlock paragraph
                && !NumberCellPattern().IsMatch(MarkdownSetup.PlainText(paragraph)) && DifficultyOf(paragraph) == Difficulty.None).FirstOrDefault();
            if (titleCell?.FirstOrDefault() is not ParagraphBlock titleParagraph)
            {
                continue;
            }

            var line = reader.Read(titleParagraph.Inline?.FirstChild, 0, Locate(titleParagraph));
            if (line.Title.Length == 0)
            {
                continue;
            }

            var difficulty = line.Difficulty;
            var description = new List<string>();
            for (var index = 0; index < cells.Count; index++)
            {
                if (index == boxColumn || cells[index] == titleCell || cells[index].FirstOrDefault() is not ParagraphBlock paragraph)
                {
                    continue;
                }

                if (DifficultyOf(paragraph) is not Difficulty.None and var marked && difficulty == Difficulty.None)
                {
                    difficulty = marked;
                }
                else if (MarkdownSetup.PlainText(paragraph).Trim() is { Length: > 0 } text)
                {
                    // The problem number of a "#" column reads "#1", as trackers write it.
                    description.Add(index < header.Count && header[index] == "#" && !text.StartsWith('#') ? "#" + text : text);
                }
            }

            var box = boxColumn < cells.Count ? cells[boxColumn] : null;
            var boxMatch = box is null ? null : BoxCellPattern().Match(CellSource(box));
            var isBox = boxMatch is { Success: true };
            topics.Add(new DraftItem
            {
                Kind = ItemKind.Task,
                Line = line with
                {
                    Difficulty = difficulty,
                    Description = line.Description.Length > 0 ? line.Description : string.Join(" · ", description),
                    DescriptionHtml = line.DescriptionHtml.Length > 0 ? line.DescriptionHtml : System.Net.WebUtility.HtmlEncode(string.Join(" · ", description)),
                },
                Checked = isBox && boxMatch!.Groups[1].Value is "x" or "X",
                Source = location,
                CheckboxStart = isBox ? box!.Span.Start + boxMatch!.Groups[1].Index - 1 : -1,
                CheckboxLength = isBox ? 3 : 0,
            });
        }

        return topics.Count > 0 ? topics : null;
    }

    private static Difficulty DifficultyOf(ParagraphBlock paragraph) =>
        MarkdownSetup.PlainText(paragraph).Trim().ToLowerInvariant() switch
        {
            "easy" => Difficulty.Easy,
            "medium" => Difficulty.Medium,
            "hard" => Difficulty.Hard,
            _ => Difficulty.None,
        };
}
