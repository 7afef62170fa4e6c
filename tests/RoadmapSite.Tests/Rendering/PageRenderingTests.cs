using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RoadmapSite.Rendering;
using Scriban.Runtime;

namespace RoadmapSite.Tests.Rendering;

public sealed class PageRenderingTests
{
    private static readonly TemplateRenderer Renderer = new(new Theme(SampleSite.DefaultThemeDirectory));

    public static TheoryData<string> PageKinds => ["index", "section", "tree", "search", "404"];

    private static (string Layout, ScriptObject Model) Page(string kind, PageModelFactory? factory = null)
    {
        factory ??= SampleSite.Factory();
        return kind switch
        {
            "index" => ("index", factory.Index()),
            "section" => ("section", factory.Section(SampleSite.Roadmap.Sections[0])),
            "hostile-section" => ("section", factory.Section(SampleSite.Roadmap.Sections[1])),
            "tree" => ("tree", factory.Tree()),
            "search" => ("search", factory.Search()),
            "404" => ("404", factory.NotFound()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static IDocument Render(string kind, PageModelFactory? factory = null)
    {
        var (layout, model) = Page(kind, factory);
        return new HtmlParser().ParseDocument(Renderer.Render(layout, model));
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Every_page_has_the_shell_head_and_landmarks(string kind)
    {
        var document = Render(kind);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/my-repo/:roadmap", document.DocumentElement.GetAttribute("data-storage-namespace"));
        Assert.Equal(SampleSite.BasePath, document.DocumentElement.GetAttribute("data-base-path"));
        Assert.Equal(
            "default-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'",
            document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content"));
        Assert.NotNull(document.QuerySelector("meta[name=description]"));
        Assert.NotNull(document.QuerySelector("meta[property='og:title']"));
        Assert.Single(document.QuerySelectorAll("main#rs--main"));
        Assert.Equal("#rs--main", document.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("header form[role=search][method=get] input[name=q]"));
        Assert.NotNull(document.QuerySelector("button[data-theme-switch]"));
        Assert.Contains("Built with RoadmapSite", document.QuerySelector("footer")?.TextContent);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("hostile-section")]
    [InlineData("tree")]
    public void A_title_with_a_script_tag_is_escaped(string kind)
    {
        var document = Render(kind);

        // Every script is a file (the interface strings too, assets/strings.<hash>.json): nothing in the title became one.
        Assert.All(document.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src")));
        Assert.Equal(2, document.QuerySelectorAll("script[src]").Length);
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent);
    }

    [Fact]
    public void The_document_title_escapes_the_section_title()
    {
        var document = Render("hostile-section");

        Assert.Equal(SampleSite.HostileTitle + " · Backend <Roadmap>", document.Title);
        Assert.Equal(SampleSite.HostileTitle + " · Backend <Roadmap>", document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("section")]
    [InlineData("tree")]
    public void Every_trackable_item_has_a_labelled_checkbox_and_others_have_none(string kind)
    {
        var document = Render(kind);
        var items = document.QuerySelectorAll("li[data-item-id]");
        var trackable = SampleSite.Roadmap.AllItems().Where(i => i.Trackable).Select(i => i.Id).ToHashSet();

        Assert.NotEmpty(items);
        foreach (var li in items)
        {
            var id = li.GetAttribute("data-item-id")!;
            Assert.Equal(id, li.Id);
            var row = li.QuerySelector(".tree-item__row")!;
            var checkbox = row.QuerySelector(":scope > input[type=checkbox].item-check");
            if (trackable.Contains(id))
            {
                Assert.NotNull(checkbox);
                Assert.Equal("check-" + id, checkbox!.Id);
                var label = document.QuerySelector($"label[for='check-{id}']");
                Assert.NotNull(label);
                Assert.False(string.IsNullOrWhiteSpace(label!.TextContent));
                Assert.NotNull(row.QuerySelector($"button.item-state[data-item-id='{id}']"));
            }
            else
            {
                Assert.Null(checkbox);
                Assert.Null(row.QuerySelector("button.item-state"));
            }
        }
    }

    [Fact]
    public void A_section_page_lists_every_item_of_the_section_as_a_nested_tree()
    {
        var document = Render("section");
        var ids = document.QuerySelectorAll("li[data-item-id]").Select(li => li.GetAttribute("data-item-id") ?? "").ToArray();

        Assert.Equal(new[] { "foundations", "logic", "algorithms", "more-foundations", "tools", "git" }, ids);
        // A topic with subtopics: its row stays outside <summary>; its subtopics get a toggle of their own.
        Assert.NotNull(document.QuerySelector("li#foundations > div.tree-item__row > input.item-check"));
        Assert.NotNull(document.QuerySelector("li#foundations > details.tree-item__subtopics[open] > ul > li#logic"));
        Assert.Empty(document.QuerySelectorAll("summary input, summary button, summary a"));
        Assert.Equal("Hard", document.QuerySelector("li#git .pill")?.TextContent);
        Assert.Equal("Importance 3 of 3", document.QuerySelector("li#logic .stars .visually-hidden")?.TextContent);
        Assert.NotNull(document.QuerySelector("li#logic .badge--author"));
        Assert.Null(document.QuerySelector("li#algorithms .badge--author"));
        Assert.Equal("control", document.QuerySelector("li#git .tree-item__description em")?.TextContent);
        Assert.NotNull(document.QuerySelector(".graph svg.roadmap-graph"));
        Assert.NotNull(document.QuerySelector(".progress-meter[data-progress-scope='basics'] > progress.progress[max='4'][value='0']"));
        Assert.Equal("/my-repo/sections/tags/", document.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public void Index_and_tree_show_progress_for_the_whole_roadmap_and_per_section()
    {
        var index = Render("index");
        var tree = Render("tree");

        Assert.NotNull(index.QuerySelector("[data-progress-scope='all'] > progress[max='5']"));
        Assert.Equal(2, index.QuerySelectorAll(".section-card [data-progress-scope] > progress").Length);
        Assert.NotNull(tree.QuerySelector("[data-progress-scope='all'] > progress[max='5']"));
        Assert.NotNull(tree.QuerySelector("[data-progress-scope='tags'] > progress[max='1']"));
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void No_page_has_inline_script_or_style(string kind)
    {
        var document = Render(kind);

        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        // Scripts are files; the only inline block is data the browser never runs (the interface strings).
        Assert.All(document.QuerySelectorAll("script:not([type='application/json'])"), script =>
        {
            Assert.True(script.HasAttribute("src"));
            Assert.True(string.IsNullOrWhiteSpace(script.TextContent));
        });
        Assert.DoesNotContain(
            document.All.SelectMany(e => e.Attributes),
            attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Every_url_starts_with_the_base_path(string kind)
    {
        var document = Render(kind);
        var urls = document.All
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action"), e.GetAttribute("data-search-index") })
            .OfType<string>()
            .Where(url => !url.StartsWith('#'))
            .Where(url => url != SampleSite.Settings.RepositoryUrl)
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(
            url.StartsWith(SampleSite.BasePath, StringComparison.Ordinal) || url.StartsWith(SampleSite.AbsoluteBaseUrl, StringComparison.Ordinal),
            $"{url} does not start with the base path"));
    }

    [Fact]
    public void Canonical_and_og_url_appear_only_with_an_absolute_base_url()
    {
        var withUrl = Render("section");
        var withoutUrl = Render("section", SampleSite.Factory(absoluteBaseUrl: null));

        Assert.Equal("https://me.github.io/my-repo/sections/basics/", withUrl.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://me.github.io/my-repo/sections/basics/", withUrl.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Null(withoutUrl.QuerySelector("link[rel=canonical]"));
        Assert.Null(withoutUrl.QuerySelector("meta[property='og:url']"));
    }

    [Fact]
    public void The_not_found_page_is_not_indexed_and_has_no_canonical()
    {
        var document = Render("404");

        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public void Search_page_points_at_the_search_index_and_searches_with_the_one_box_in_the_header()
    {
        var document = Render("search");

        Assert.Equal("/my-repo/search-index.json", document.QuerySelector("[data-search-results]")?.GetAttribute("data-search-index"));
        Assert.NotNull(document.QuerySelector("header form[action='/my-repo/search/'] input[name=q][data-search-input]"));
        Assert.Single(document.QuerySelectorAll("input[type=search]"));
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void The_header_offers_search_once_and_the_legend_shows_the_authors_tick_only_when_there_is_one(string kind)
    {
        var document = Render(kind);

        Assert.Single(document.QuerySelectorAll("header input[type=search]"));
        Assert.Empty(document.QuerySelectorAll("header button[type=submit], header nav a[href='/my-repo/search/']"));
        // The sample roadmap's author ticked "logic".
        Assert.Equal(kind is "index" or "tree" ? 1 : 0, document.QuerySelectorAll(".legend .badge--author").Length);
    }

    [Fact]
    public void A_roadmap_whose_author_ticked_nothing_has_no_authors_tick_in_its_legend()
    {
        var unticked = SampleSite.Roadmap with
        {
            Sections = [.. SampleSite.Roadmap.Sections.Select(section => section with { Items = [.. section.Items.Select(Untick)] })],
        };
        var factory = new PageModelFactory(unticked, SampleSite.Settings, new SiteUrls(SampleSite.BasePath), asset => SampleSite.BasePath + "assets/" + asset, _ => SanitizedHtml.Empty);

        var document = Render("index", factory);

        Assert.NotNull(document.QuerySelector(".legend"));
        Assert.Empty(document.QuerySelectorAll(".badge--author"));
    }

    private static RoadmapSite.Model.RoadmapItem Untick(RoadmapSite.Model.RoadmapItem item) =>
        item with { Checked = false, Children = [.. item.Children.Select(Untick)] };

    [Fact]
    public void Pages_render_concurrently_with_one_renderer()
    {
        var factory = SampleSite.Factory();
        var expected = Renderer.Render("tree", factory.Tree());

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Renderer.Render("tree", factory.Tree()));

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void Every_page_shares_one_read_only_summary_of_the_sections_so_a_build_stays_linear_in_sections()
    {
        // Made per page, the summary of every section made 4,000 sections cost 16 million objects (28 s of a build).
        var markdown = "# Many\n\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"## Section {i}\n\n- [ ] Topic {i}\n\n"));
        var roadmap = RoadmapSite.Parsing.RoadmapParser.Parse("many.md", markdown);
        var factory = new PageModelFactory(roadmap, SampleSite.Settings, new SiteUrls("/"), asset => "/assets/" + asset, _ => SanitizedHtml.Empty);

        var first = factory.Section(roadmap.Sections[0])["roadmap"];
        var last = factory.Section(roadmap.Sections[^1])["roadmap"];

        Assert.Same(first, last);
        Assert.Same(first, factory.Index()["roadmap"]);
        Assert.True(Assert.IsType<ScriptObject>(first).IsReadOnly);
        Assert.Contains("Section 50 of 50", Renderer.Render("section", factory.Section(roadmap.Sections[^1])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_larger_than_a_million_characters_is_rendered_whole()
    {
        var markdown = new System.Text.StringBuilder("# Big\n\n## Everything\n\n");
        for (var i = 0; i < 4000; i++)
        {
            markdown.Append($"- [ ] Topic number {i}: a description long enough to make the page large, with `code` and **bold**.\n");
        }

        var roadmap = RoadmapSite.Parsing.RoadmapParser.Parse("big.md", markdown.ToString());
        var factory = new PageModelFactory(roadmap, SampleSite.Settings, new SiteUrls("/"), asset => "/assets/" + asset, _ => SanitizedHtml.Empty);

        var html = Renderer.Render("tree", factory.Tree());

        Assert.True(html.Length > 1_048_576, $"the test page should exceed Scriban's default 1M-character limit ({html.Length})");
        var document = new HtmlParser().ParseDocument(html);
        Assert.NotNull(document.GetElementById("topic-number-3999"));
        Assert.NotNull(document.QuerySelector("footer"));
    }
}
