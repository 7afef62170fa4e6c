using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

public sealed class ContentSanitizerTests
{
    [Theory]
    [InlineData("""See <a href="https://example.com/a?b=1&amp;c=2">the guide</a>.""")]
    [InlineData("""<a href="#docker">Docker</a> and <a href="./2_Intermediate.md">next</a>""")]
    [InlineData("""<a href="mailto:me@example.com">me</a>""")]
    public void A_plain_markdown_link_is_kept_as_written(string html)
    {
        Assert.Equal(html, ContentSanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("""<a href="javascript:alert(1)">x</a>""")]
    [InlineData("""<a href="JavaScript:alert(1)">x</a>""")]
    [InlineData("""<a href="java&#115;cript:alert(1)">x</a>""")]
    [InlineData("""<a href="data:text/html,<b>x</b>">x</a>""")]
    [InlineData("""<a href="https://example.com" onclick="alert(1)">x</a>""")]
    public void A_link_that_could_run_script_never_keeps_it(string html)
    {
        var sanitized = ContentSanitizer.Sanitize(html);

        Assert.DoesNotContain("javascript", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#115;", sanitized, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Use Mutex<T> and List<String> for sharing", "Use Mutex and List for sharing")]
    [InlineData("<p>A <custom-tag>kept</custom-tag> text</p>", "<p>A kept text</p>")]
    [InlineData("<form><em>inside</em> a form</form>", "<em>inside</em> a form")]
    [InlineData("Vec<T>: <a href=\"https://example.com/\" onclick=\"x\">growable</a>", "Vec: <a href=\"https://example.com/\">growable</a>")]
    public void An_unknown_tag_is_dropped_and_its_text_kept_as_on_github(string html, string expected)
    {
        Assert.Equal(expected, ContentSanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("a<script>alert(1)</script>b")]
    [InlineData("a<style>p { color: red }</style>b")]
    [InlineData("a<svg><text>drawn</text></svg>b")]
    [InlineData("a<iframe src=\"https://example.com/\">frame</iframe>b")]
    public void Code_and_media_elements_go_with_their_contents(string html)
    {
        Assert.Equal("ab", ContentSanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<a href=\"https://github.com/o/r/\"><img src=\"https://img.shields.io/b.svg\" alt=\"\"></a>", "<a href=\"https://github.com/o/r/\">github.com/o/r</a>")]
    [InlineData("<a href=\"https://example.org/x\"><img src=\"logo.png\"></a>", "<a href=\"https://example.org/x\"><img src=\"logo.png\" alt=\"example.org/x\"></a>")]
    [InlineData("<a href=\"https://example.org/x\"><img src=\"https://cdn.example/i.png\" alt=\"Logo\"></a>", "<a href=\"https://example.org/x\">Logo</a>")]
    [InlineData("<a href=\"https://example.org/x\">Docs <img src=\"logo.png\" alt=\"\"></a>", "<a href=\"https://example.org/x\">Docs <img src=\"logo.png\" alt=\"\"></a>")]
    public void A_linked_image_without_alt_text_gives_the_link_a_name_from_its_address(string html, string expected)
    {
        Assert.Equal(expected, ContentSanitizer.Sanitize(html));
    }
}
