using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

/// <summary>
/// The fast path of <see cref="ContentSanitizer"/> is only allowed to exist because it agrees with HtmlSanitizer:
/// over thousands of fragments (Markdig's output for generated Markdown, random tag soup, and mutations of both, with
/// fixed seeds), whatever it accepts it must turn into exactly HtmlSanitizer's output. And every sanitised fragment,
/// whichever path made it, must be self-contained: put between other markup, it cannot pull that markup into itself.
/// </summary>
public sealed class ContentSanitizerDifferentialTests
{
    private const int CasesPerKind = 2500;

    private static readonly string[] MarkdownWords =
    [
        "Docker", "APIs", "数据库", "احراز", "😀", "x", "a \"quote\"", "it's", "5 > 3", "a < b", "AT&T", "&copy;", "&nbsp;",
        "non\u00A0breaking", "`code`", "`a<b>`", "**bold**", "*em*", "_em_", "~~gone~~", "~sub~", "^sup^", "==mark==", "++ins++",
        "[link](https://example.com/a?b=1&c=2)", "[rel](./next.md)", "[anchor](#top)", "[mail](mailto:me@example.com)",
        "[js](javascript:alert(1))", "[titled](https://example.com \"Title\")", "<https://auto.link>", "https://bare.example",
        "![img](https://example.com/i.png)", "![local](img/a.png)", "<b>raw</b>", "<a href=\"https://evil.example/\">open",
        "</a>", "<em>", "</li></ul>", "<table><tr><td>", "<del><sub>", "<script>alert(1)</script>", "<br>", "\\", "  \n",
        "<!-- c -->", "&#39;", "&#x3C;", "[^1]", "\t", "ﬀ", "\u200F", "Mutex<T>", "List<String>", "<custom-tag>x</custom-tag>",
    ];

    private static readonly string[] Blocks =
    [
        "", "- ", "* ", "1. ", "> ", "# ", "### ", "    ", "```\n", "| a | b |\n|---|---|\n| ", "Term\n: ", "- [ ] ", "---\n",
    ];

    private static readonly string[] Tokens =
    [
        "<p>", "</p>", "<em>", "</em>", "<strong>", "</strong>", "<code>", "</code>", "<del>", "</del>", "<ins>", "</ins>",
        "<mark>", "</mark>", "<sub>", "</sub>", "<sup>", "</sup>", "<br />", "<br>", "<br/>", "</br>", "<hr />", "<pre>", "</pre>",
        "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<blockquote>", "</blockquote>", "<dl>", "</dl>", "<dt>", "</dt>",
        "<dd>", "</dd>", "<h1>", "</h1>", "<h3>", "</h3>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<a href=\"https://example.com/\">",
        "<a href=\"#x\">", "<a href=\"./a.md?x=1&amp;y=2\">", "<a href=\"javascript:x\">", "<a href=\"\">", "<a href=\"//host/p\">",
        "<a href=\"HTTP://EXAMPLE.COM\">", "<a href=\"mailto:a@b\">", "<a href=\"a b\">", "<a href=\"x&quot;\">", "<a href=\"tel:1\">",
        "</a>", "<span>", "</span>", "<div>", "</div>", "<img src=\"a.png\" alt=\"a\" />", "<script>", "</script>",
        "text", " ", "\n", "\t", "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&copy;", "\"", "'", ">", "<", "&", "\u00A0", "\r",
        "\0", "\u0001", "\u0085", "\uD83D\uDE00", "\uD83D", "\uDE00", "é", "数", "<P>", "<EM>", "<!-- x -->", "<em class=\"c\">",
        "<pre>\n", "\n\n", "  ", "<t>", "<string>", "</string>", "<form>", "<svg>", "</svg>",
    ];

    private static readonly string[] TreeElements =
    [
        "p", "em", "strong", "code", "del", "ins", "mark", "sub", "sup", "br", "br /", "hr /", "pre", "ul", "ol", "li", "li", "li",
        "blockquote", "dl", "dt", "dd", "h1", "h2", "h6", "a href=\"https://example.com/x?a=1&amp;b=2\"", "a href=\"#top\"",
        "a href=\"../up.md\"", "a href=\"mailto:me@example.com\"", "a href=\"javascript:alert(1)\"", "table", "tr", "td", "span",
    ];

    private static readonly string[] TreeTexts =
    [
        "text", " ", "\n", "a &amp; b", "&lt;tag&gt;", "&quot;q&quot;", "\"", "5 > 3", "\u00A0", "数据", "😀", "\n\n", " x ", "é",
    ];

    private static readonly HtmlParser PageParser = new();

    [Fact]
    public void Given_markdig_output_for_generated_markdown_when_the_fast_path_accepts_it_then_it_equals_htmlsanitizer()
    {
        var accepted = RunDifferential(seed => RenderMarkdown(new Random(seed)), offset: 0);

        // The fast path must still earn its keep on ordinary Markdown, or it is not worth having.
        // (The vocabulary is hostile on purpose; on the default roadmap it takes 367 of 368 fragments.)
        Assert.True(accepted > CasesPerKind / 5, $"the fast path accepted only {accepted} of {CasesPerKind} Markdig fragments");
    }

    [Fact]
    public void Given_random_tag_soup_when_the_fast_path_accepts_it_then_it_equals_htmlsanitizer()
    {
        RunDifferential(seed => TagSoup(new Random(seed)), offset: 100_000);
    }

    [Fact]
    public void Given_generated_well_nested_trees_when_the_fast_path_accepts_them_then_they_equal_htmlsanitizer()
    {
        var accepted = RunDifferential(seed => Tree(new Random(seed), depth: 0), offset: 300_000);

        Assert.True(accepted > CasesPerKind / 5, $"the fast path accepted only {accepted} of {CasesPerKind} well-nested trees");
    }

    [Fact]
    public void Given_mutations_of_fragments_when_the_fast_path_accepts_them_then_they_equal_htmlsanitizer()
    {
        RunDifferential(
            seed =>
            {
                var random = new Random(seed);
                var original = random.Next(3) switch { 0 => RenderMarkdown(random), 1 => TagSoup(random), _ => Tree(random, depth: 0) };
                return Mutate(original, random);
            },
            offset: 200_000);
    }

    [Theory]
    [InlineData("<a href=\"https://evil.example/\">Innocent topic")]
    [InlineData("<table><tr><td>cell")]
    [InlineData("</li></ul>after")]
    [InlineData("<del><sub>text")]
    [InlineData("<em>a<strong>b</em>c</strong>")]
    [InlineData("<p>a<ul><li>b</li></ul>")]
    public void An_unbalanced_fragment_comes_out_self_contained(string html)
    {
        AssertSelfContained(html, ContentSanitizer.Sanitize(html));
    }

    private static int RunDifferential(Func<int, string> generate, int offset)
    {
        var accepted = 0;
        for (var seed = offset; seed < offset + CasesPerKind; seed++)
        {
            var html = generate(seed);
            var reference = ContentSanitizer.SanitizeWithLibrary(html);
            if (FastSanitizer.TrySanitize(html, out var fast))
            {
                accepted++;
                Assert.True(
                    fast == reference,
                    $"seed {seed}: the fast path wrote something else than HtmlSanitizer for {Show(html)}\n fast: {Show(fast)}\n  lib: {Show(reference)}");
            }

            AssertSelfContained(html, ContentSanitizer.Sanitize(html), $"seed {seed}: ");
        }

        return accepted;
    }

    /// <summary>
    /// Between the tags a page writes around an item, the fragment must leave the page's next element where the page
    /// put it: a direct child of the body, with no element of the fragment (an unclosed link above all) around it.
    /// </summary>
    private static void AssertSelfContained(string input, string sanitized, string label = "")
    {
        var document = PageParser.ParseDocument($"<!doctype html><body><div><span>{sanitized}</span></div><p id=\"after\">next topic <input type=\"checkbox\"></p>");
        var after = document.GetElementById("after");
        Assert.True(after is not null, $"{label}the element after {Show(input)} vanished; sanitised: {Show(sanitized)}");
        Assert.True(
            after.ParentElement == document.Body && after.QuerySelector("a, em, strong, code, del, sub, sup, b, i, table") is null
                && after.QuerySelector("input")?.ParentElement == after,
            $"{label}{Show(input)} sanitised to {Show(sanitized)} reaches into the markup after it: {document.Body!.InnerHtml}");
    }

    private static string RenderMarkdown(Random random)
    {
        var text = new StringBuilder();
        var lines = random.Next(1, 4);
        for (var line = 0; line < lines; line++)
        {
            text.Append(Blocks[random.Next(Blocks.Length)]);
            var words = random.Next(1, 7);
            for (var w = 0; w < words; w++)
            {
                text.Append(MarkdownWords[random.Next(MarkdownWords.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            }

            text.Append(random.Next(3) == 0 ? "\n\n" : "\n");
        }

        var html = Markdown.ToHtml(text.ToString(), MarkdownSetup.Pipeline);
        return random.Next(2) == 0 ? html : html.Trim();
    }

    private static string TagSoup(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(1, 12);
        for (var t = 0; t < count; t++)
        {
            text.Append(Tokens[random.Next(Tokens.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Elements nested properly, in contexts both right and wrong (a list item in a paragraph, a link in a link).</summary>
    private static string Tree(Random random, int depth)
    {
        var text = new StringBuilder();
        var children = random.Next(depth == 0 ? 1 : 0, 4);
        for (var c = 0; c < children; c++)
        {
            if (depth > 5 || random.Next(3) == 0)
            {
                text.Append(TreeTexts[random.Next(TreeTexts.Length)]);
                continue;
            }

            var element = TreeElements[random.Next(TreeElements.Length)];
            if (element is "br" or "br /" or "hr /")
            {
                text.Append('<').Append(element).Append('>');
                continue;
            }

            var name = element.Split(' ')[0];
            text.Append('<').Append(element).Append('>').Append(Tree(random, depth + 1)).Append("</").Append(name).Append('>');
        }

        return text.ToString();
    }

    private static string Mutate(string html, Random random)
    {
        var text = new StringBuilder(html);
        var mutations = random.Next(1, 4);
        for (var m = 0; m < mutations && text.Length > 0; m++)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(random.Next(1, 8), text.Length - at);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, length);
                    break;
                case 1:
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 2:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                default:
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    text.Remove(at, length);
                    break;
            }
        }

        return text.ToString();
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
