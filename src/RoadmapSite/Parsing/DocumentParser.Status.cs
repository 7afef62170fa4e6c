using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>The legend list and status markers written instead of checkboxes (see <see cref="StatusMarkers"/>).</summary>
internal sealed partial class DocumentParser
{
    /// <summary>The list before the first section that explains the markers, if any: the legend, not topics.</summary>
    private ListBlock? legendList;

    private readonly Dictionary<ListBlock, bool> statusLists = new(ReferenceEqualityComparer.Instance);

    private bool IsTaskOrStatus(ListItemBlock item) => IsTask(item) || InStatusList(item);

    /// <summary>
    /// The legend is a short list before the first section (before any heading but the title) whose every entry is a
    /// box or a symbol and a status word (<c>- [x] Done</c>, <c>- ✅ - finished</c>), with more lists after it.
    /// </summary>
    private ListBlock? FindLegendList(MarkdownDocument markdown)
    {
        var headings = 0;
        foreach (var block in markdown)
        {
            if (block is HeadingBlock heading && (heading.Level > 1 || ++headings > 1))
            {
                return null;
            }

            if (block is ListBlock list && StatusMarkers.ReadLegend(list, source.Text) is { } entries)
            {
                var index = markdown.IndexOf(list);
                if (!markdown.Skip(index + 1).Any(next => next is ListBlock))
                {
                    return null;
                }

                statusMarkers.Learn(entries.Select(entry => (entry.Symbol, entry.Status)));
                return list;
            }
        }

        return null;
    }

    private void TakeLegend(ListBlock list, DraftDocument document)
    {
        if (document.LegendEntries.Count == 0 && StatusMarkers.ReadLegend(list, source.Text) is { } entries)
        {
            document.LegendEntries.AddRange(StatusMarkers.Entries(entries));

            // "Legend:" written just above the list names what the site's legend now shows.
            if (document.IntroHtml.Count > 0 && LegendCaptionPattern().IsMatch(HtmlTagPattern().Replace(document.IntroHtml[^1], "")))
            {
                if (document.Summary == HtmlTagPattern().Replace(document.IntroHtml[^1], "").Trim())
                {
                    document.Summary = "";
                }

                document.IntroHtml.RemoveAt(document.IntroHtml.Count - 1);
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(legend|key|status|markers?)\s*:?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LegendCaptionPattern();

    /// <summary>The author's status of a topic written with a status symbol in a status list, or null.</summary>
    private AuthorStatus? AuthorStatusOf(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is not Markdig.Extensions.TaskLists.TaskList && paragraph.Parent is ListItemBlock item && InStatusList(item)
            ? LeadingStatus(paragraph)?.Status
            : null;

    /// <summary>The status marker an item's line starts with (✅ Arrays), when it has no checkbox.</summary>
    private (AuthorStatus Status, int Length)? LeadingStatus(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is LiteralInline
            ? statusMarkers.Leading(source.Text.Substring(paragraph.Span.Start, paragraph.Span.Length))
            : null;

    /// <summary>
    /// An item of a list without checkboxes whose items mostly start with a status marker (<c>- ✅ Arrays</c>,
    /// <c>- 🚧 Trees</c>): the list is a checklist written with the author's own markers, and each item a topic.
    /// </summary>
    private bool InStatusList(ListItemBlock item)
    {
        if (item.Parent is not ListBlock list)
        {
            return false;
        }

        if (!statusLists.TryGetValue(list, out var isStatusList))
        {
            var items = list.OfType<ListItemBlock>().ToList();
            var marked = items.Count(entry => entry.FirstOrDefault() is ParagraphBlock paragraph && LeadingStatus(paragraph) is not null);
            isStatusList = ReferenceEquals(list, legendList) is false && !items.Any(IsTask) && marked > 0 && 2 * marked >= items.Count;
            statusLists[list] = isStatusList;
        }

        return isStatusList;
    }
}
