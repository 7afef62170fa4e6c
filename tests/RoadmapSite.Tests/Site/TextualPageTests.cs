using RoadmapSite.Site.Modules;

namespace RoadmapSite.Tests.Site;

public sealed class TextualPageTests
{
    [Fact]
    public void External_links_get_noopener_and_the_page_is_otherwise_unchanged()
    {
        const string html = """<!doctype html><html><body><h2 id="a">A</h2><a href="#a">up</a> <a href="/x/">x</a> <a href="https://example.com/?q=1&amp;r=2">out</a></body></html>""";

        var resolved = TextualPage.TryResolve(html);

        Assert.NotNull(resolved);
        Assert.Equal(html.Replace("r=2\">", "r=2\" rel=\"noopener noreferrer\">", StringComparison.Ordinal), System.Text.Encoding.UTF8.GetString(resolved.Value.Utf8!.Value.Span));
        Assert.Contains("a", resolved.Value.Anchors.Ids);
        Assert.Equal(["#a", "/x/", "https://example.com/?q=1&r=2"], resolved.Value.Anchors.Links);
    }

    [Fact]
    public void A_page_with_nothing_to_change_is_kept_as_it_is()
    {
        var resolved = TextualPage.TryResolve("""<!doctype html><html><body><p id="é">ü</p><a href="/">home</a></body></html>""");

        Assert.NotNull(resolved);
        Assert.Null(resolved.Value.Utf8);
        Assert.Contains("é", resolved.Value.Anchors.Ids);
    }

    [Theory]
    [InlineData("""<a href="./2_Intermediate.md">next</a>""")]
    [InlineData("""<a href="#nowhere">missing anchor</a>""")]
    [InlineData("""<img src="diagram.png" alt="d">""")]
    [InlineData("""<a href="https://example.com" rel="nofollow">x</a>""")]
    [InlineData("""<!-- <a href="x.md"> --><p>hi</p>""")]
    [InlineData("""<a href=unquoted>x</a>""")]
    public void A_page_with_anything_to_resolve_or_unsure_goes_through_the_dom(string body)
    {
        Assert.Null(TextualPage.TryResolve($"<!doctype html><html><body>{body}</body></html>"));
    }
}
