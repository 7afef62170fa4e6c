using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>
/// How deep topics may nest, and the guard that keeps deeper lists away from Markdig. Every depth up to
/// <see cref="MaxDepth"/> is rendered by the site (the theme's recursion limit is derived from it); anything
/// deeper is the author's mistake, reported at its Markdown line as <see cref="DiagnosticCodes.TooDeeplyNested"/>.
/// </summary>
/// <remarks>
/// The guard runs before Markdig because Markdig's block parser costs about depth² per line (1,000 nested levels
/// took seconds, 3,000 more than a minute) and fails beyond its own depth limit with no location. Lines nested
/// too deep are blanked in place (same length, line breaks kept), so every offset and line number of the rest of
/// the file is unchanged.
/// </remarks>
internal static class NestingLimit
{
    /// <summary>Deepest nesting of topics the site renders: far beyond real roadmaps, well within Markdig's own limit (128 syntax levels).</summary>
    public const int MaxDepth = 32;

    public static string BlankTooDeepLists(string text, string file, DiagnosticBag diagnostics)
    {
        // Content columns of the open list items, innermost last.
        var open = new List<int>();
        char[]? blanked = null;
        var inRun = false;
        var fence = "";
        var lineNumber = 0;
        for (var start = 0; start < text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            var lineStart = start;
            start = end + 1;
            var first = FirstNonSpace(line);
            if (first < 0)
            {
                continue;
            }

            var indent = Column(line, first);
            while (open.Count > 0 && indent < open[^1])
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count <= MaxDepth)
            {
                // Code samples may hold anything that looks like a list; skip them (outside a too-deep run only).
                if (fence.Length > 0)
                {
                    fence = line[first..].StartsWith(fence, StringComparison.Ordinal) ? "" : fence;
                    continue;
                }

                if (line[first..] is ['`', '`', '`', ..] or ['~', '~', '~', ..])
                {
                    fence = line.Slice(first, 3).ToString();
                    continue;
                }

                OpenItems(line, first, open);
            }

            if (open.Count > MaxDepth)
            {
                if (!inRun)
                {
                    diagnostics.Error(
                        DiagnosticCodes.TooDeeplyNested,
                        $"list nested more than {MaxDepth} levels deep: the site shows at most {MaxDepth}; move this topic up a level",
                        new SourceLocation(file, lineNumber + 1, first + 1));
                }

                inRun = true;
                blanked ??= text.ToCharArray();
                for (var i = lineStart; i < lineStart + line.Length; i++)
                {
                    blanked[i] = ' ';
                }
            }
            else
            {
                inRun = false;
            }
        }

        return blanked is null ? text : new string(blanked);
    }

    /// <summary>
    /// Where Markdig's own depth limit was hit (by nesting this guard does not count, such as block quotes or
    /// brackets): the line with the most nesting punctuation, so the error still names a line.
    /// </summary>
    public static SourceLocation LocateDeepestLine(string text, string file)
    {
        var (best, bestLine, bestColumn) = (-1, 1, 1);
        var lineNumber = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = text.AsSpan()[range];
            var score = 0;
            foreach (var c in line)
            {
                score += c is '>' or '[' or '(' or '*' or '_' or '~' or '<' or '-' or '+' ? 1 : 0;
            }

            if (score > best)
            {
                (best, bestLine, bestColumn) = (score, lineNumber, Math.Max(FirstNonSpace(line), 0) + 1);
            }
        }

        return new SourceLocation(file, bestLine, bestColumn);
    }

    /// <summary>Pushes the content column of each list marker that starts at <paramref name="at"/> (<c>- - item</c> opens two).</summary>
    private static void OpenItems(ReadOnlySpan<char> line, int at, List<int> open)
    {
        while (at < line.Length && open.Count <= MaxDepth && !IsThematicBreak(line[at..]))
        {
            var markerEnd = MarkerEnd(line, at);
            if (markerEnd < 0)
            {
                return;
            }

            var content = markerEnd;
            while (content < line.Length && line[content] is ' ' or '\t' && content - markerEnd < 4)
            {
                content++;
            }

            var blankItem = content >= line.Length;
            open.Add(Column(line, blankItem || content - markerEnd >= 4 ? markerEnd + 1 : content));
            if (blankItem)
            {
                return;
            }

            at = content;
        }
    }

    /// <summary>The index just after a list marker at <paramref name="at"/> (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>), or -1.</summary>
    private static int MarkerEnd(ReadOnlySpan<char> line, int at)
    {
        var end = at;
        if (line[at] is '-' or '*' or '+')
        {
            end = at + 1;
        }
        else
        {
            while (end < line.Length && end - at < 9 && char.IsAsciiDigit(line[end]))
            {
                end++;
            }

            if (end == at || end >= line.Length || line[end] is not ('.' or ')'))
            {
                return -1;
            }

            end++;
        }

        return end == line.Length || line[end] is ' ' or '\t' ? end : -1;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> rest)
    {
        var marker = rest[0];
        if (marker is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in rest)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static int FirstNonSpace(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not (' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The column of <paramref name="index"/>, tabs to the next multiple of 4 as CommonMark counts them.</summary>
    private static int Column(ReadOnlySpan<char> line, int index)
    {
        var column = 0;
        for (var i = 0; i < Math.Min(index, line.Length); i++)
        {
            column = line[i] == '\t' ? (column / 4 + 1) * 4 : column + 1;
        }

        // Past the end (an empty item's content column): one column a character.
        return column + Math.Max(0, index - line.Length);
    }
}
