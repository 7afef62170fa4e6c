using Markdig.Extensions.Emoji;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoadmapSite.Parsing;

/// <summary>
/// Recognises a table of contents in the forms authors write one: a list, bulleted or numbered and nested to any
/// depth, whose entries are links to the document's own headings, plain or bold (<c>- **[Basics](#basics)**</c>),
/// after an emoji or a number, several on a line (<c>[A](#a) · [B](#b)</c>), with a plain entry or a heading among them
/// that only names the links under it (<c>- Part one</c> over its chapters); and the back-to-top lines
/// (<c>[⬆ back to top](#readme)</c>) between sections. The site makes its own navigation, so the whole of it goes:
/// half a table of contents never remains.
/// </summary>
internal static class TableOfContents
{
    public static bool IsTableOfContents(ListBlock list) => Entries(list) is > 0;

    /// <summary>A paragraph that is only a back-to-top link: navigation on GitHub, nothing the site needs.</summary>
    public static bool IsBackToTopLine(ParagraphBlock paragraph) =>
        Meaningful(paragraph.Inline).ToList() is [var only] && Unwrap(only) is LinkInline { IsImage: false } link && ItemLineReader.IsBackToTop(link);

    /// <summary>The number of anchor links in <paramref name="list"/>, or null when it is not a table of contents.</summary>
    private static int? Entries(ListBlock list)
    {
        var links = 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var nested = 0;
            foreach (var child in item.Skip(1))
            {
                if (child is not ListBlock sublist || Entries(sublist) is not { } count)
                {
                    return null;
                }

                nested += count;
            }

            var own = item.FirstOrDefault() switch
            {
                ParagraphBlock paragraph => AnchorLinks(paragraph.Inline),
                HeadingBlock heading => AnchorLinks(heading.Inline),
                _ => null,
            };

            // A plain entry (no link at all) only counts as a heading over the links nested under it.
            if (own is null || (own == 0 && nested == 0))
            {
                return null;
            }

            links += own.Value + nested;
        }

        return links;
    }

    /// <summary>How many in-page links the line holds, when it holds nothing else but decoration; else null.</summary>
    private static int? AnchorLinks(ContainerInline? line)
    {
        var links = 0;
        var plainText = false;
        foreach (var node in Meaningful(line))
        {
            switch (Unwrap(node))
            {
                case LinkInline { IsImage: false, Url: { } url } when url.StartsWith('#'):
                    links++;
                    break;
                case EmojiInline:
                case LineBreakInline:
                    break;
                case LiteralInline literal when IsDecoration(literal.Content.ToString()):
                    break;
                case LiteralInline or EmphasisInline or CodeInline or HtmlEntityInline when links == 0:
                    // A plain entry naming the links under it ("Part one"); with a link on the line, text is content.
                    plainText = true;
                    break;
                default:
                    return null;
            }
        }

        return links > 0 && plainText ? null : links;
    }

    private static IEnumerable<Inline> Meaningful(ContainerInline? line)
    {
        for (var node = line?.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not LiteralInline literal || node is EmojiInline || !literal.Content.IsEmptyOrWhitespace())
            {
                yield return node;
            }
        }
    }

    /// <summary>A link written in bold or italics (<c>**[Basics](#basics)**</c>) is still just that link.</summary>
    private static Inline Unwrap(Inline node)
    {
        while (node is EmphasisInline emphasis && Meaningful(emphasis).ToList() is [var only])
        {
            node = only;
        }

        return node;
    }

    /// <summary>Numbers, separators and symbols around the links ("1.", "·", "|", "-", "🚀"), but no word.</summary>
    private static bool IsDecoration(string text) => !text.Any(char.IsLetter);
}
