using RoadmapSite.Site.Links;
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

    [Fact]
    public void A_link_written_for_github_gets_its_site_url_or_its_place_in_the_repository_without_the_dom()
    {
        const string html = """<!doctype html><html><body><a href="#docker">Docker</a> <a href="./notes/setup.md">setup</a> <img src="diagram.png" alt="d"></body></html>""";
        var targets = new Dictionary<string, string> { ["#docker"] = "/r/sections/tools/#docker", ["diagram.png"] = "/r/diagram.png" };

        var resolved = TextualPage.TryResolve(System.Text.Encoding.UTF8.GetBytes(html), href => targets.GetValueOrDefault(href), "https://github.com/me/repo/");

        Assert.NotNull(resolved);
        Assert.Equal(
            """<!doctype html><html><body><a href="/r/sections/tools/#docker">Docker</a> <a href="https://github.com/me/repo/blob/HEAD/notes/setup.md" rel="noopener noreferrer">setup</a> <img src="/r/diagram.png" alt="d"></body></html>""",
            System.Text.Encoding.UTF8.GetString(resolved.Value.Utf8!.Value.Span));
        Assert.Equal(["/r/sections/tools/#docker", "https://github.com/me/repo/blob/HEAD/notes/setup.md", "/r/diagram.png"], resolved.Value.Anchors.Links);
    }

    [Fact]
    public void A_link_that_leads_nowhere_is_left_to_the_dom()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""<!doctype html><html><body><a href="#nowhere">x</a></body></html>""");

        Assert.Null(TextualPage.TryResolve(page, _ => null, "https://github.com/me/repo"));
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
