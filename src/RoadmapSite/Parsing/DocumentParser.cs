using System.Text.RegularExpressions;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapSite.Configuration;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>
/// Walks one content file's Markdig syntax tree into a <see cref="DraftDocument"/>: the first H1 is the title,
/// H2 headings are sections (H1 when a file uses several H1 and no H2), deeper headings are groups, task
/// items are topics, non-task bullets under a topic are its notes, and a file with no task item at all
/// (an "awesome" list) has its bullets read as topics.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly SourceDocument source;
    private readonly int part;
    private readonly DiagnosticBag diagnostics;
    private readonly ItemLineReader reader;
    private readonly HeadingAnchors headingAnchors = new();
    private DraftDocument document = null!;
    private bool listsAreTopics;
    private readonly StatusMarkers statusMarkers = new();
    private int sectionLevel;

    /// <summary>The text of an HTML <c>&lt;h1&gt;</c> before the first heading (READMEs centre their title above the badges).</summary>
    private string? htmlTitle;

    public DocumentParser(SourceDocument source, int part, MarkerVocabulary markers, DiagnosticBag diagnostics)
    {
        // Text read without File.ReadAllText's decoding (stdin, a test, another tool) may still start with a byte
        // order mark, which would stop the first line from being a heading; editors never show it, so columns agree.
        var text = source.Text.StartsWith('\uFEFF') ? source.Text[1..] : source.Text;
        this.source = source with { Text = NestingLimit.BlankTooDeepLists(text, source.File, diagnostics) };
        this.part = part;
        this.diagnostics = diagnostics;
        reader = new ItemLineReader(markers, diagnostics);
    }

    public DraftDocument Parse()
    {
        document = new DraftDocument { File = source.File, Direction = TextDirection.Of(source.Text) };
        MarkdownDocument markdown;
        try
        {
            markdown = MarkdownSetup.Parse(source.Text);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Nesting the guard does not count (block quotes in block quotes, brackets in brackets) still reaches
            // Markdig's limit: the file is reported, not the build crashed.
            diagnostics.Error(DiagnosticCodes.TooDeeplyNested, "Markdown nested too deeply to read (block quotes, lists or brackets inside each other); flatten it", NestingLimit.LocateDeepestLine(source.Text, source.File));
            document.Title = TitleFromFileName(source.File);
            return document;
        }

        legendList = FindLegendList(markdown);
        listsAreTopics = !markdown.Descendants<ListItemBlock>().Any(item => IsTask(item) && item.Parent != legendList)
            && !markdown.OfType<Markdig.Extensions.Tables.Table>().Any(table => BoxColumn(table) >= 0);
        var topHeadings = markdown.OfType<HeadingBlock>().ToList();
        sectionLevel = topHeadings.Any(h => h.Level == 2) || topHeadings.Count(h => h.Level == 1) < 2 ? 2 : 1;
        if (sectionLevel == 1)
        {
            document.Title = TitleFromFileName(source.File);
        }

        var walker = new SectionWalker(this);
        var previousLevel = 0;
        foreach (var block in markdown)
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    document.Title = FrontMatter.Title(frontMatter, out var problem) ?? document.Title;
                    if (problem is not null)
                    {
                        diagnostics.Warning(DiagnosticCodes.InvalidFrontMatter, problem, Locate(frontMatter));
                    }

                    break;
                case HtmlBlock html when previousLevel == 0 && htmlTitle is null:
                    htmlTitle = HtmlHeadingTitle(html);
                    walker.Block(block);
                    break;
                case HeadingBlock heading:
                    if (previousLevel > 0 && heading.Level > previousLevel + 1)
                    {
                        diagnostics.Warning(DiagnosticCodes.HeadingLevelSkip, $"heading level skips from {previousLevel} to {heading.Level}", Locate(heading));
                    }

                    previousLevel = heading.Level;
                    walker.Heading(heading);
                    break;
                default:
                    walker.Block(block);
                    break;
            }
        }

        walker.Close();
        foreach (var section in document.Sections)
        {
            CapDepth(section.Items, 1);
        }

        // The title is what the reader sees: the section names above were settled with the old fallback, so ids stay.
        if (document.Title.Length == 0 || document.Title == TitleFromFileName(source.File) || IsTableOfContentsTitle(document.Title))
        {
            document.Title = htmlTitle ?? ReaderTitleFromFileName(source.File);
            if (htmlTitle is not null)
            {
                // The page header shows the title: the intro does not repeat it.
                var index = document.IntroHtml.FindIndex(html => HtmlHeadingPattern().IsMatch(html));
                if (index >= 0)
                {
                    var rest = HtmlHeadingPattern().Replace(document.IntroHtml[index], "", 1).Trim();
                    if (rest.Length == 0)
                    {
                        document.IntroHtml.RemoveAt(index);
                    }
                    else
                    {
                        document.IntroHtml[index] = rest;
                    }
                }
            }
        }

        return document;
    }

    /// <summary>
    /// Headings add levels the list guard does not see (<c>####</c> groups around a deep list): topics below
    /// <see cref="NestingLimit.MaxDepth"/> levels are reported and left out, so the site renders every item it keeps.
    /// </summary>
    private void CapDepth(List<DraftItem> items, int depth)
    {
        foreach (var item in items)
        {
            if (depth < NestingLimit.MaxDepth)
            {
                CapDepth(item.Children, depth + 1);
            }
            else if (item.Children.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.TooDeeplyNested, $"topics nested more than {NestingLimit.MaxDepth} levels deep (headings and lists together): the site shows at most {NestingLimit.MaxDepth}; move this topic up a level", item.Children[0].Source);
                item.Children.Clear();
            }
        }
    }

    private SourceLocation Locate(Block block) => new(source.File, block.Line + 1, block.Column + 1);

    private static string TitleFromFileName(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file).Replace('_', ' ').Replace('-', ' ').Trim();
        return name.Length == 0 ? "Roadmap" : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static bool IsTableOfContentsTitle(string title) =>
        title.Trim().ToLowerInvariant() is "table of contents" or "contents" or "toc" or "index" or "目录";

    private static string? HtmlHeadingTitle(HtmlBlock html)
    {
        var match = HtmlHeadingPattern().Match(string.Join("\n", html.Lines.Lines.Take(html.Lines.Count).Select(line => line.ToString())));
        if (!match.Success)
        {
            return null;
        }

        var text = System.Net.WebUtility.HtmlDecode(HtmlTagPattern().Replace(match.Groups[1].Value, " "));
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 || IsTableOfContentsTitle(text) ? null : text;
    }

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlHeadingPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex HtmlTagPattern();

    /// <summary>
    /// The file name as a last resort for the site title, without a mirror's <c>owner__repo__</c> prefix or a
    /// language or extension suffix (<c>README.en.md</c>).
    /// </summary>
    private static string ReaderTitleFromFileName(string file)
    {
        var name = Path.GetFileName(file);
        var prefix = name.LastIndexOf("__", StringComparison.Ordinal);
        if (prefix >= 0 && prefix + 2 < name.Length)
        {
            name = name[(prefix + 2)..];
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return TitleFromFileName(dot > 0 ? name[..dot] : name);
    }

    private bool IsTask(ListItemBlock item) =>
        item.FirstOrDefault() is ParagraphBlock paragraph
        && (paragraph.Inline?.FirstChild is TaskList || MalformedCheckbox(paragraph) is not null);

    /// <summary>
    /// A checkbox Markdig does not take as one, such as <c>[~]</c>, <c>[-]</c>, <c>[]</c> or <c>[✓]</c>: read as a
    /// task (the author meant one) and reported. Returns the checkbox's length and whether it reads as ticked.
    /// </summary>
    private (int Length, bool Checked)? MalformedCheckbox(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline { Content.Length: > 0 } literal || literal.Content.CurrentChar != '[')
        {
            return null;
        }

        var start = paragraph.Span.Start;
        var text = source.Text.AsSpan(start, Math.Min(8, source.Text.Length - start)).ToString();
        var match = MalformedCheckboxPattern().Match(text);
        return match.Success ? (match.Length, match.Groups[1].Value.TrimEnd('\uFE0F') is "✓" or "✔" or "✅") : null;
    }

    // Check marks may carry the emoji variation selector (U+FE0F), as most keyboards and emoji pickers write them: "[✔️]".
    [GeneratedRegex(@"^\[([^\]\p{L}\p{N}]?|[✓✔✅]\uFE0F?)\]", RegexOptions.CultureInvariant)]
    private static partial Regex MalformedCheckboxPattern();

    private static bool IsTableOfContents(ListBlock list) => TableOfContents.IsTableOfContents(list);

    /// <summary>The legend is the note before the first section that names the difficulty markers.</summary>
    private bool IsLegend(QuoteBlock quote)
    {
        var text = MarkdownSetup.RenderBlocks([quote]);
        return reader.DifficultySymbols.Any(symbol => text.Contains(symbol, StringComparison.Ordinal));
    }

    /// <summary>
    /// Keeps track of the section and heading groups being filled while the file's top-level blocks go by.
    /// </summary>
    private sealed partial class SectionWalker(DocumentParser parser)
    {
        private readonly List<(int Level, DraftItem Group)> groups = [];
        private DraftSection? section;
        private bool sectionHadTableOfContents;

        /// <summary>The last topic at the current level, which a following resource list belongs to.</summary>
        private DraftItem? lastTopic;

        /// <summary>
        /// The item just above in document order (the deepest last item of the current level), which the blocks written
        /// after a list belong to; null after a heading and before the first item.
        /// </summary>
        private DraftItem? itemAbove;

        /// <summary>Whether blocks came between <see cref="itemAbove"/> and what follows, so a plain list after them is one too.</summary>
        private bool blocksAfterItem;

        private DraftDocument Document => parser.document;

        public void Heading(HeadingBlock heading)
        {
            lastTopic = null;
            itemAbove = null;
            blocksAfterItem = false;
            var line = parser.reader.ReadHeading(heading.Inline?.FirstChild);
            var anchor = parser.headingAnchors.Next(MarkdownSetup.SourceText(heading));
            if (heading.Level == 1 && parser.sectionLevel == 2 && section is null && Document.Title.Length == 0)
            {
                Document.Title = line.Title;
                return;
            }

            if (heading.Level <= parser.sectionLevel)
            {
                OpenSection(line, heading, anchor);
                return;
            }

            OpenPendingDetails();
            section ??= OpenImplicitSection(heading);
            while (groups.Count > 0 && groups[^1].Level >= heading.Level)
            {
                groups.RemoveAt(groups.Count - 1);
            }

            var group = new DraftItem { Kind = ItemKind.Group, Line = line, Source = parser.Locate(heading), GitHubAnchor = anchor };
            CurrentItems.Add(group);
            groups.Add((heading.Level, group));
        }

        public void Block(Block block)
        {
            if (TakeIntroToggle(block) || TakeDetailsTags(block))
            {
                return;
            }

            if (block is not (HtmlBlock { Type: HtmlBlockType.Comment } or ThematicBreakBlock or LinkReferenceDefinitionGroup))
            {
                OpenPendingDetails();
            }

            switch (block)
            {
                case ListBlock list when ReferenceEquals(list, parser.legendList):
                    parser.TakeLegend(list, Document);
                    return;
                case ListBlock list when IsTableOfContents(list):
                    sectionHadTableOfContents = true;
                    return;
                case ListBlock list when section is null && !parser.listsAreTopics && !list.Descendants<ListItemBlock>().Any(parser.IsTaskOrStatus):
                    Document.IntroHtml.Add(ContentSanitizer.Sanitize(MarkdownSetup.RenderBlocks([list])));
                    return;
                case ListBlock list:
                    section ??= OpenImplicitSection(list);
                    // Bullets after blocks that follow a topic stay after those blocks, where GitHub shows them.
                    var blockOwner = blocksAfterItem ? itemAbove : null;
                    var leftovers = parser.ConvertList(list, CurrentItems, parentTopic: null, previousTopic: blockOwner is null ? lastTopic : null);
                    lastTopic = CurrentItems.LastOrDefault(item => item.Kind == ItemKind.Task);
                    if (leftovers.Count > 0)
                    {
                        var html = "<ul>\n" + string.Join("\n", leftovers.Select(note => "<li>" + note + "</li>")) + "\n</ul>";
                        if (blockOwner is not null)
                        {
                            blockOwner.BlocksHtml.Add(html);
                        }
                        else
                        {
                            AddIntro(html);
                        }
                    }

                    itemAbove = DeepestLast(CurrentItems);
                    blocksAfterItem = false;
                    return;
                case Markdig.Extensions.Tables.Table table when parser.TableTopics(table) is { } rows:
                    section ??= OpenImplicitSection(table);
                    CurrentItems.AddRange(rows);
                    lastTopic = rows[^1];
                    itemAbove = rows[^1];
                    blocksAfterItem = false;
                    return;
                case ParagraphBlock back when TableOfContents.IsBackToTopLine(back):
                case HtmlBlock html when html.Type == HtmlBlockType.Comment:
                case ThematicBreakBlock:
                case LinkReferenceDefinitionGroup:
                    return;
                case QuoteBlock quote when section is null && Document.LegendHtml.Length == 0 && parser.IsLegend(quote):
                    Document.LegendHtml = ContentSanitizer.Sanitize(MarkdownSetup.RenderBlocks([quote]));
                    return;
                case var _ when itemAbove is not null:
                    PlaceBlock(ContentSanitizer.Sanitize(MarkdownSetup.RenderBlocks([block])));
                    return;
                default:
                    lastTopic = null;
                    if (section is null && Document.Summary.Length == 0 && block is ParagraphBlock paragraph)
                    {
                        Document.Summary = MarkdownSetup.PlainText(paragraph);
                    }

                    AddIntro(ContentSanitizer.Sanitize(MarkdownSetup.RenderBlocks([block])));
                    return;
            }
        }

        public void Close()
        {
            FlushIntroToggle();
            if (section is not null && section.Items.Count == 0 && sectionHadTableOfContents)
            {
                // A section that is only a table of contents: the site makes its own navigation.
                Document.Sections.Remove(section);
                Document.HomeAnchors.Add(section.GitHubAnchor);
            }

            section = null;
            groups.Clear();
            ResetDetails();
            sectionHadTableOfContents = false;
        }

        private List<DraftItem> CurrentItems => groups.Count > 0 ? groups[^1].Group.Children : section!.Items;

        /// <summary>The last item of <paramref name="items"/>, followed down through its last children: the one just above.</summary>
        private static DraftItem? DeepestLast(List<DraftItem> items)
        {
            var item = items.LastOrDefault();
            while (item is { Children.Count: > 0 })
            {
                item = item.Children[^1];
            }

            return item;
        }

        /// <summary>
        /// Document order: a paragraph, quote, image, table or code sample written between topics stays under the topic
        /// above it, never hoisted into the section's introduction; with no topic above, it is the introduction.
        /// </summary>
        private void PlaceBlock(string html)
        {
            if (html.Length == 0)
            {
                return;
            }

            if (itemAbove is not null)
            {
                itemAbove.BlocksHtml.Add(html);
                blocksAfterItem = true;
            }
            else
            {
                AddIntro(html);
            }
        }

        private void AddIntro(string html)
        {
            if (html.Length == 0)
            {
                return;
            }

            if (section is null)
            {
                Document.IntroHtml.Add(html);
            }
            else if (groups.Count > 0)
            {
                // A heading group's introduction: shown as written (a paragraph, not a bullet), above its topics.
                groups[^1].Group.BlocksHtml.Add(html);
            }
            else
            {
                section.IntroHtml.Add(html);
            }
        }

        private void OpenSection(ItemLine line, HeadingBlock heading, string anchor)
        {
            Close();
            section = new DraftSection
            {
                Title = line.Title,
                TitleHtml = line.TitleHtml,
                IdTitle = line.SourceTitle,
                GitHubAnchor = anchor,
                ExplicitId = line.ExplicitId,
                Source = parser.Locate(heading),
                Part = parser.part,
            };
            Document.Sections.Add(section);
        }

        /// <summary>Topics before any section heading go into a section named after the document.</summary>
        private DraftSection OpenImplicitSection(Block at)
        {
            var title = Document.Title.Length > 0 ? Document.Title : TitleFromFileName(parser.source.File);
            var implicitSection = new DraftSection
            {
                Title = title,
                TitleHtml = System.Net.WebUtility.HtmlEncode(title),
                GitHubAnchor = Slug.GitHubAnchor(title),
                Source = parser.Locate(at),
                Part = parser.part,
            };
            Document.Sections.Add(implicitSection);
            return implicitSection;
        }
    }

    /// <summary>
    /// Converts a list's items into <paramref name="target"/>. Bullets that are neither topics nor groups attach
    /// as notes to the topic they belong to; those with no such topic are returned as HTML.
    /// </summary>
    private List<string> ConvertList(ListBlock list, List<DraftItem> target, DraftItem? parentTopic, DraftItem? previousTopic)
    {
        var leftovers = new List<string>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var converted = ConvertItem(item, target, parentTopic ?? previousTopic);
            if (converted is not null)
            {
                target.Add(converted);
                previousTopic = converted.Kind == ItemKind.Task ? converted : previousTopic;
            }
            // A task left out (no title, already reported) is not a note of the topic before it.
            else if (!IsTask(item) && NoteHtml(item) is { Length: > 0 } note)
            {
                var owner = parentTopic ?? previousTopic;
                if (owner is not null)
                {
                    owner.NotesHtml.Add(note);
                }
                else
                {
                    leftovers.Add(note);
                }
            }
        }

        return leftovers;
    }

    /// <summary>Returns the topic or group an item makes, or null when it is a plain bullet (a note).</summary>
    private DraftItem? ConvertItem(ListItemBlock item, List<DraftItem> target, DraftItem? owner)
    {
        var first = item.FirstOrDefault();
        var location = first is null ? Locate(item) : Locate(first);
        DraftItem draft;
        if (first is ParagraphBlock paragraph && (paragraph.Inline?.FirstChild is TaskList || MalformedCheckbox(paragraph) is not null || listsAreTopics || InStatusList(item)))
        {
            var (line, isChecked, checkboxStart, checkboxLength) = ReadTopicLine(paragraph, location);
            if (line.Title.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.EmptyTitle, "item has no title", location);
                ConvertChildren(item.Skip(1), target, owner);
                return null;
            }

            draft = new DraftItem
            {
                Kind = line.Title is "..." or "…" ? ItemKind.Placeholder : ItemKind.Task,
                Line = line,
                Checked = isChecked,
                AuthorInProgress = AuthorStatusOf(paragraph) == AuthorStatus.InProgress,
                Source = location,
                CheckboxStart = checkboxStart,
                CheckboxLength = checkboxLength,
            };
        }
        else if (first is HeadingBlock heading || (first is ParagraphBlock && item.Descendants<ListItemBlock>().Any(IsTaskOrStatus)))
        {
            var line = first is HeadingBlock h ? reader.ReadHeading(h.Inline?.FirstChild) : reader.Read(((ParagraphBlock)first).Inline?.FirstChild, 0, location);
            if (line.Title.Length == 0)
            {
                ConvertChildren(item.Skip(1), target, owner);
                return null;
            }

            draft = new DraftItem { Kind = ItemKind.Group, Line = line, Source = location };
        }
        else
        {
            return null;
        }

        ConvertChildren(item.Skip(1), draft.Children, draft, notesOwner: draft);
        return draft;
    }

    private void ConvertChildren(IEnumerable<Block> blocks, List<DraftItem> target, DraftItem? owner, DraftItem? notesOwner = null)
    {
        var toggle = new ToggleNote();
        foreach (var block in blocks)
        {
            if (notesOwner is not null && toggle.Take(block, notesOwner.NotesHtml))
            {
                continue;
            }

            if (block is ListBlock nested)
            {
                foreach (var leftover in ConvertList(nested, target, owner, previousTopic: null))
                {
                    notesOwner?.NotesHtml.Add(leftover);
                }
            }
            else if (notesOwner is not null && block is not (HtmlBlock { Type: HtmlBlockType.Comment } or LinkReferenceDefinitionGroup))
            {
                notesOwner.NotesHtml.Add(ContentSanitizer.Sanitize(MarkdownSetup.RenderBlocks([block])));
            }
        }

        if (notesOwner is not null)
        {
            toggle.Flush(notesOwner.NotesHtml);
        }
    }

    /// <summary>Reads a topic's line, and where its checkbox is in the source (start -1 when it has none).</summary>
    private (ItemLine Line, bool Checked, int CheckboxStart, int CheckboxLength) ReadTopicLine(ParagraphBlock paragraph, SourceLocation location)
    {
        if (paragraph.Inline?.FirstChild is TaskList taskList)
        {
            if (taskList.NextSibling is LiteralInline { Content.Length: > 0 } next && !char.IsWhiteSpace(next.Content.CurrentChar))
            {
                diagnostics.Warning(DiagnosticCodes.MalformedCheckbox, "checkbox needs a space after it: write '[ ] Title'", location);
            }

            return (reader.Read(taskList.NextSibling, 0, location), taskList.Checked, taskList.Span.Start, taskList.Span.Length);
        }

        if (MalformedCheckbox(paragraph) is { } malformed)
        {
            var written = source.Text.Substring(paragraph.Span.Start, malformed.Length);
            diagnostics.Warning(DiagnosticCodes.MalformedCheckbox, $"'{written}' is not a checkbox GitHub shows; write '[ ]' or '[x]'", location);
            return (reader.Read(paragraph.Inline?.FirstChild, malformed.Length, location), malformed.Checked, paragraph.Span.Start, malformed.Length);
        }

        if (paragraph.Parent is ListItemBlock item && InStatusList(item) && LeadingStatus(paragraph) is { } status)
        {
            // The author's status marker (✅, 🚧, ❌) instead of a box: their state, not part of the title.
            return (reader.Read(paragraph.Inline?.FirstChild, status.Length, location), status.Status == AuthorStatus.Done, -1, 0);
        }

        return (reader.Read(paragraph.Inline?.FirstChild, 0, location), false, -1, 0);
    }

    private static string NoteHtml(ListItemBlock item) =>
        ContentSanitizer.Sanitize(MarkdownSetup.RenderBlocks(item, implicitParagraphs: item.Parent is ListBlock { IsLoose: false }));
}
