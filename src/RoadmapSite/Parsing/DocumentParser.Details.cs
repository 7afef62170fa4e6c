using System.Text.RegularExpressions;
using Markdig.Syntax;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

internal sealed partial class DocumentParser
{
    [GeneratedRegex(@"\G\s*(?:(?<open><details\b[^>]*>)|<summary\b[^>]*>(?<summary>.*?)</summary\s*>|(?<close></details\s*>))", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DetailsTagPattern();

    /// <summary>
    /// The <c>&lt;details&gt;</c>, <c>&lt;summary&gt;…&lt;/summary&gt;</c> and <c>&lt;/details&gt;</c> tags an HTML
    /// block is made of, in order; null when it holds anything else (a whole toggle with its text is shown as it is).
    /// </summary>
    private static List<(string Kind, string Summary)>? DetailsTags(HtmlBlock html)
    {
        var text = string.Join("\n", html.Lines.Lines.Take(html.Lines.Count).Select(line => line.ToString()));
        var tags = new List<(string, string)>();
        var at = 0;
        for (var match = DetailsTagPattern().Match(text); match.Success && match.Length > 0; match = DetailsTagPattern().Match(text, at))
        {
            tags.Add(match.Groups["open"].Success ? ("open", "") : match.Groups["close"].Success ? ("close", "") : ("summary", match.Groups["summary"].Value));
            at = match.Index + match.Length;
        }

        return tags.Count > 0 && text.AsSpan(at).IsWhiteSpace() ? tags : null;
    }

    /// <summary>
    /// <c>&lt;details&gt;</c>/<c>&lt;summary&gt;</c> toggles written around topics: the topics inside form a group named by
    /// the summary, in place (GitHub shows them folded under it); a toggle with no topic inside is shown as the toggle
    /// it is, with its text, and an empty one is left out.
    /// </summary>
    private sealed partial class SectionWalker
    {
        private readonly List<DetailsFrame> details = [];

        /// <summary>A toggle before the first section: shown in the introduction with its text (its topics, if any, are read as usual).</summary>
        private readonly ToggleNote introToggle = new();

        private bool TakeIntroToggle(Block block) => section is null && introToggle.Take(block, Document.IntroHtml);

        private void FlushIntroToggle() => introToggle.Flush(Document.IntroHtml);

        /// <summary>Takes an HTML block made only of toggle tags; false for any other block.</summary>
        private bool TakeDetailsTags(Block block)
        {
            if (block is not HtmlBlock html || DetailsTags(html) is not { } tags)
            {
                return false;
            }

            foreach (var (kind, summary) in tags)
            {
                switch (kind)
                {
                    case "open":
                        OpenPendingDetails();
                        details.Add(new DetailsFrame(parser.Locate(block)));
                        break;
                    case "summary" when details.Count > 0 && details[^1] is { Group: null, SummaryHtml: null } frame:
                        frame.SummaryHtml = ContentSanitizer.Sanitize(summary);
                        break;
                    case "close" when details.Count > 0:
                        CloseDetails();
                        break;
                }
            }

            return true;
        }

        /// <summary>Before content inside a toggle, its group is made (in a section; before any section the toggle is left as its content).</summary>
        private void OpenPendingDetails()
        {
            foreach (var frame in details)
            {
                if (frame.Group is not null || frame.PassThrough)
                {
                    continue;
                }

                if (section is null)
                {
                    frame.PassThrough = true;
                    continue;
                }

                var summaryHtml = frame.SummaryHtml ?? "Details";
                var title = string.Join(' ', System.Net.WebUtility.HtmlDecode(HtmlTagPattern().Replace(summaryHtml, "")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                frame.Group = new DraftItem
                {
                    Kind = ItemKind.Group,
                    Line = new ItemLine { Title = title.Length > 0 ? title : "Details", TitleHtml = title.Length > 0 ? summaryHtml : "Details" },
                    Source = frame.Source,
                };
                frame.Parent = CurrentItems;
                frame.Parent.Add(frame.Group);
                groups.Add((groups.Count > 0 ? groups[^1].Level : parser.sectionLevel, frame.Group));
                lastTopic = null;
                itemAbove = null;
                blocksAfterItem = false;
            }
        }

        private void CloseDetails()
        {
            var frame = details[^1];
            details.RemoveAt(details.Count - 1);
            if (frame.Group is not { } group)
            {
                return;
            }

            var index = groups.FindIndex(entry => ReferenceEquals(entry.Group, group));
            if (index >= 0)
            {
                groups.RemoveRange(index, groups.Count - index);
            }

            lastTopic = null;
            if (group.Children.Count > 0)
            {
                itemAbove = DeepestLast(CurrentItems);
                blocksAfterItem = false;
                return;
            }

            // No topic inside: the toggle is text, shown as GitHub shows it.
            frame.Parent?.Remove(group);
            itemAbove = section is null ? null : DeepestLast(CurrentItems);
            if (group.BlocksHtml.Count > 0)
            {
                PlaceBlock(ContentSanitizer.Sanitize("<details><summary>" + group.Line.TitleHtml + "</summary>\n" + string.Join("\n", group.BlocksHtml) + "\n</details>"));
            }
        }

        private void ResetDetails() => details.Clear();

        private sealed class DetailsFrame(SourceLocation source)
        {
            public SourceLocation Source { get; } = source;

            public string? SummaryHtml { get; set; }

            public DraftItem? Group { get; set; }

            public List<DraftItem>? Parent { get; set; }

            /// <summary>Opened before any section: its content is read as if the toggle were not there.</summary>
            public bool PassThrough { get; set; }
        }
    }

    /// <summary>
    /// A toggle written inside a topic's list item (<c>&lt;details&gt;&lt;summary&gt;Answer&lt;/summary&gt;</c>, text,
    /// <c>&lt;/details&gt;</c>) is one note: the toggle with its text, as GitHub shows it, not an empty toggle beside loose text.
    /// </summary>
    private sealed class ToggleNote
    {
        private readonly List<string> parts = [];
        private int depth;
        private bool hasContent;

        /// <summary>Takes a block that opens, fills or closes a toggle; false for a block outside any toggle.</summary>
        public bool Take(Block block, List<string> notes)
        {
            if (block is HtmlBlock html && DetailsTags(html) is { } tags)
            {
                foreach (var (kind, summary) in tags)
                {
                    if (kind == "open")
                    {
                        depth++;
                        parts.Add("<details>");
                    }
                    else if (kind == "summary" && depth > 0)
                    {
                        parts.Add("<summary>" + summary + "</summary>");
                    }
                    else if (kind == "close" && depth > 0)
                    {
                        parts.Add("</details>");
                        if (--depth == 0)
                        {
                            Flush(notes);
                        }
                    }
                }

                return true;
            }

            if (depth == 0 || block is ListBlock)
            {
                return false;
            }

            if (block is not (HtmlBlock { Type: HtmlBlockType.Comment } or LinkReferenceDefinitionGroup))
            {
                parts.Add(MarkdownSetup.RenderBlocks([block]));
                hasContent = true;
            }

            return true;
        }

        public void Flush(List<string> notes)
        {
            // A toggle left empty (its table of contents taken away, or nothing in it) is not shown.
            if (hasContent && ContentSanitizer.Sanitize(string.Join("\n", parts)) is { Length: > 0 } html)
            {
                notes.Add(html);
            }

            parts.Clear();
            depth = 0;
            hasContent = false;
        }
    }
}
