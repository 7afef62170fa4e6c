using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>
/// On every corpus document (ours, and ../shared/corpus where it exists): no text of the document is missing from the
/// built site. Each heading, paragraph (table cells and list items hold paragraphs too) and code block is rendered with the
/// project's Markdig pipeline, as GitHub shows it, and its visible words, in order, must appear on some page: the home
/// page (the introduction), a section page or the tree page. Words are compared, not punctuation and symbols, because
/// the site deliberately shows some of those as structure (the colon of <c>Title: description</c>, markers, check
/// boxes, status emoji); images are not text on either side. What the site deliberately drops is left out by the named
/// rules in <see cref="Exclusion"/>, and counted.
/// </summary>
public sealed partial class CorpusTextTests
{
    public static TheoryData<string> CorpusFiles() => [.. RepositoryPaths.CorpusFiles];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task No_text_of_the_document_is_missing_from_the_site(string file)
    {
        using var temp = new TempFolder();

        var result = await SiteBuildRunner.BuildAsForkAsync(file, temp);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var site = temp.Combine("site");
        var pages = SiteBuildRunner.HtmlFiles(site)
            .Where(path => Path.GetRelativePath(site, path).Replace('\\', '/') is "index.html" or "tree/index.html" || Path.GetRelativePath(site, path).Replace('\\', '/').StartsWith("sections/", StringComparison.Ordinal))
            .Select(path => " " + string.Join(' ', Words(WithoutSiteLabels(SiteBuildRunner.Page(site, Path.GetRelativePath(site, path)).Body!))) + " ")
            .ToList();

        var document = MarkdownSetup.Parse(File.ReadAllText(file));
        var checkedBlocks = 0;
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>().Where(block => block is ParagraphBlock or CodeBlock or HeadingBlock))
        {
            if (Exclusion(block) is { } rule)
            {
                excluded[rule] = excluded.GetValueOrDefault(rule) + 1;
                continue;
            }

            var words = BlockWords(block);
            if (words.Count == 0)
            {
                continue;
            }

            checkedBlocks++;
            var text = " " + string.Join(' ', words) + " ";
            if (!pages.Any(page => page.Contains(text, StringComparison.Ordinal)))
            {
                missing.Add($"{block.Line + 1}: {Shorten(text.Trim())}");
            }
        }

        var summary = $"{Path.GetFileName(file)}: {checkedBlocks} blocks checked, {checkedBlocks - missing.Count} found; excluded: "
            + string.Join(", ", excluded.Select(pair => $"{pair.Key} {pair.Value}"));
        Console.WriteLine(summary);
        Assert.True(missing.Count == 0, $"{summary}\n{missing.Count} missing:\n{string.Join("\n", missing.Take(15))}");
    }

    /// <summary>
    /// Why a block is not checked, or null: the site drops tables of contents and back-to-top links on purpose (it has
    /// its own navigation), and the heading above a table of contents with it. Front matter, HTML comments and images are not paragraphs or text, so they never get here.
    /// </summary>
    private static string? Exclusion(LeafBlock block)
    {
        if (block is ParagraphBlock { Inline: { } inline } && OnlyInDocumentLinks(inline) is { } links)
        {
            return links.All(link => ItemLineReader.IsBackToTop(link)) ? "back-to-top link" : "table of contents";
        }

        if (block is HeadingBlock heading && NextBlock(heading) is ListBlock list
            && list.Descendants<ParagraphBlock>().All(entry => entry.Inline is { } entryInline && OnlyInDocumentLinks(entryInline) is not null))
        {
            return "table of contents heading";
        }

        return null;
    }

    private static Block? NextBlock(Block block) =>
        block.Parent is { } parent && parent.IndexOf(block) is var index and >= 0 && index + 1 < parent.Count ? parent[index + 1] : null;

    /// <summary>
    /// The links of a paragraph made of nothing but links to headings of the document (<c>[Setup](#setup)</c>, with
    /// punctuation, numbering or emphasis around them), as a table of contents' entries and back-to-top lines are; null otherwise.
    /// </summary>
    private static List<LinkInline>? OnlyInDocumentLinks(ContainerInline inline)
    {
        var links = inline.Descendants<LinkInline>().Where(link => !link.IsImage).ToList();
        if (links.Count == 0 || links.Any(link => link.Url is not { } url || !url.StartsWith('#')))
        {
            return null;
        }

        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            var inLink = false;
            for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
            {
                inLink |= parent is LinkInline;
            }

            if (!inLink && WordPattern().IsMatch(literal.Content.ToString().Trim().TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')))
            {
                return null;
            }
        }

        return links;
    }

    /// <summary>
    /// The page without the labels the site adds to a topic's line (difficulty, stars, estimate, the author's tick, the
    /// state button): they stand for markers, they are not the document's words, and they sit between a topic's title and its description.
    /// </summary>
    private static IElement WithoutSiteLabels(IElement body)
    {
        foreach (var meta in body.QuerySelectorAll(".tree-item__meta").ToList())
        {
            meta.Remove();
        }

        return body;
    }

    /// <summary>A block's visible words, as GitHub renders it (emoji shortcodes drawn, unknown tags dropped).</summary>
    private static List<string> BlockWords(LeafBlock block)
    {
        var html = MarkdownSetup.RenderBlocks([block]);
        var fragment = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!;
        return Words(fragment);
    }

    /// <summary>The words of the text nodes under an element, each text node on its own (so elements never glue words together).</summary>
    private static List<string> Words(IElement root)
    {
        var text = new StringBuilder();
        foreach (var node in root.Descendants<IText>())
        {
            if (node.ParentElement?.LocalName is "script" or "style" or "template")
            {
                continue;
            }

            text.Append(' ').Append(node.Data);
        }

        return [.. WordPattern().Matches(text.ToString()).Select(match => match.Value)];
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();
}
