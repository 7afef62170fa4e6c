using Markdig;
using Markdig.Extensions.Emoji;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoadmapSite.Parsing;

/// <summary>
/// The one Markdig pipeline the parser and every page share, and the small rendering helpers built on it.
/// Generic attributes are deliberately left out: they catch <c>{#id}</c> only in some positions, and item
/// ids are ours to read (see <see cref="ExplicitId"/>).
/// </summary>
internal static class MarkdownSetup
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAlertBlocks()
        .UseTaskLists()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UseFootnotes()
        .UseDefinitionLists()
        .UseEmojiAndSmiley(GitHubEmoji.CreateMapping())
        .Build();

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>
    /// Warms Markdig and the sanitizer on thread-pool threads while the caller does other start-up work (reading
    /// site.yml): in a cold process their first use costs ≈ 100 ms on the build's critical path.
    /// </summary>
    public static void Prepare()
    {
        ContentSanitizer.Prepare();
        ThreadPool.UnsafeQueueUserWorkItem(_ => RenderBlocks(Parse("# T\n\n- [ ] 🟢⭐ **Item**: text `code` [link](https://example.com/).\n  - [x] Child\n")), null);
    }

    /// <summary>Renders blocks (not sanitised) as HTML.</summary>
    public static string RenderBlocks(IEnumerable<Block> blocks, bool implicitParagraphs = false)
    {
        var (renderer, writer) = CreateRenderer();
        renderer.ImplicitParagraph = implicitParagraphs;
        foreach (var block in blocks)
        {
            renderer.Write(block);
        }

        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>Renders inline nodes (not sanitised) as HTML; each node is written alone, without its siblings.</summary>
    public static string RenderInlines(IEnumerable<InlineSegment> segments)
    {
        var (renderer, writer) = CreateRenderer();
        foreach (var segment in segments)
        {
            if (segment.Text is { } text)
            {
                renderer.WriteEscape(text);
            }
            else
            {
                renderer.Write(segment.Inline);
            }
        }

        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>The text a reader sees, without markup: for titles, search and meta descriptions.</summary>
    public static string PlainText(IEnumerable<InlineSegment> segments) => PlainText(segments, shortcodes: false);

    /// <summary>
    /// The text as written, emoji shortcodes included (<c>:rocket: Launch</c>, where the reader sees "🚀 Launch"): what
    /// GitHub makes a heading's anchor from, and what ids are made from, so that rendering the shortcodes changed no id.
    /// </summary>
    public static string SourceText(IEnumerable<InlineSegment> segments) => PlainText(segments, shortcodes: true);

    /// <inheritdoc cref="SourceText(IEnumerable{InlineSegment})"/>
    public static string SourceText(LeafBlock block)
    {
        var builder = new System.Text.StringBuilder();
        for (var node = block.Inline?.FirstChild; node is not null; node = node.NextSibling)
        {
            AppendPlainText(node, builder, shortcodes: true);
        }

        return NormalizeSpace(builder.ToString());
    }

    private static string PlainText(IEnumerable<InlineSegment> segments, bool shortcodes)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.Text is { } text)
            {
                builder.Append(text);
            }
            else
            {
                AppendPlainText(segment.Inline, builder, shortcodes);
            }
        }

        return NormalizeSpace(builder.ToString());
    }

    public static string PlainText(Inline? inline)
    {
        var builder = new System.Text.StringBuilder();
        for (var node = inline; node is not null; node = node.NextSibling)
        {
            AppendPlainText(node, builder);
        }

        return NormalizeSpace(builder.ToString());
    }

    public static string PlainText(LeafBlock block) => block.Inline is null ? "" : PlainText(block.Inline.FirstChild);

    private static void AppendPlainText(Inline inline, System.Text.StringBuilder builder, bool shortcodes = false)
    {
        switch (inline)
        {
            case EmojiInline { Match: { } match } when shortcodes:
                builder.Append(match);
                break;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    AppendPlainText(child, builder, shortcodes);
                }

                break;
        }
    }

    private static string NormalizeSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (HtmlRenderer Renderer, StringWriter Writer) CreateRenderer()
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        return (renderer, writer);
    }
}
