using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

/// <summary>
/// A roadmap too big to draw as one picture (1,400 topics): the index draws its map in bands the browser skips while
/// they are off screen, and the reader still gets one map, scrolled, zoomed and walked with the keys as one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeMapTests(SiteFixture site)
{
    private const int Sections = 14;
    private const int TopicsPerSection = 90;

    private Task<string> BuildAsync()
    {
        var markdown = new StringBuilder("# Large\n\n");
        for (var s = 1; s <= Sections; s++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"## Part {s}\n\n");
            for (var i = 1; i <= TopicsPerSection; i++)
            {
                markdown.Append(CultureInfo.InvariantCulture, $"- [ ] {(i % 3 == 0 ? "🔴 " : "")}Topic {s}.{i} {{#t-{s}-{i}}}\n");
                if (i % 30 == 0)
                {
                    markdown.Append(CultureInfo.InvariantCulture, $"  - [ ] Subtopic {s}.{i}.1 {{#t-{s}-{i}-1}}\n  - [ ] Subtopic {s}.{i}.2 {{#t-{s}-{i}-2}}\n");
                }
            }

            markdown.Append('\n');
        }

        return site.BuildSiteAsync("large-map", site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = markdown.ToString(),
            ["site.yml"] = "site_id: large-map\n",
        }));
    }

    /// <summary>Opens the page and waits until graph.js has drawn every band (the later ones wait for the page to be idle).</summary>
    private static async Task OpenDrawnAsync(IPage page, string url)
    {
        await page.OpenAsync(url);
        await page.WaitForSelectorAsync(".roadmap-graph-parts[data-drawn='all']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Each band's box and viewBox, top to bottom, and the map's box.</summary>
    private const string Bands = """
        () => {
          const map = document.querySelector('.roadmap-graph-parts').getBoundingClientRect();
          const bands = [...document.querySelectorAll('.roadmap-graph-part')].map((band) => {
            const box = band.getBoundingClientRect();
            const svg = band.querySelector('svg').getBoundingClientRect();
            return { top: box.top, bottom: box.bottom, svgHeight: svg.height, viewBox: band.querySelector('svg').getAttribute('viewBox'),
                     column: band.querySelector('svg').classList.contains('is-column'), visibility: getComputedStyle(band).contentVisibility };
          });
          return { top: map.top, bottom: map.bottom, bands };
        }
        """;

    private sealed class Band
    {
        public double Top { get; set; }

        public double Bottom { get; set; }

        public double SvgHeight { get; set; }

        public string ViewBox { get; set; } = "";

        public bool Column { get; set; }

        public string Visibility { get; set; } = "";
    }

    private sealed class MapBox
    {
        public double Top { get; set; }

        public double Bottom { get; set; }

        public Band[] Bands { get; set; } = [];
    }

    [Theory]
    [InlineData(1280, 800, false)]
    [InlineData(390, 844, true)]
    public async Task A_large_map_is_drawn_in_bands_the_browser_may_skip_that_stack_into_one_map_with_every_topic_named(int width, int height, bool column)
    {
        var url = await BuildAsync();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await OpenDrawnAsync(page, url);

        var map = await page.EvaluateAsync<MapBox>(Bands);

        // Several bands, each skipped off screen, each as tall as its drawing; no gap or overlap between them.
        Assert.True(map.Bands.Length >= 4, $"{map.Bands.Length} bands");
        Assert.All(map.Bands, band => Assert.Equal("auto", band.Visibility));
        Assert.All(map.Bands, band => Assert.Equal(band.SvgHeight, band.Bottom - band.Top, 1.0));
        Assert.Equal(map.Top, map.Bands[0].Top, 1.0);
        Assert.Equal(map.Bottom, map.Bands[^1].Bottom, 1.0);
        Assert.All(map.Bands.Zip(map.Bands.Skip(1)), pair => Assert.Equal(pair.First.Bottom, pair.Second.Top, 1.0));

        // One map: every band shows the same slice sideways, in the same layout (the column on a phone).
        Assert.Single(map.Bands.Select(band => string.Join(' ', band.ViewBox.Split(' ').Where((_, i) => i is 0 or 2))).Distinct());
        Assert.All(map.Bands, band => Assert.Equal(column, band.Column));

        // Off-screen bands keep their size: going to the end of the page lays them out without moving anything.
        var pageHeight = await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight");
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.EvaluateAsync("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Assert.Equal(pageHeight, await page.EvaluateAsync<double>("() => document.documentElement.scrollHeight"), 1.0);

        // Every trackable topic is on the map, once, with its name.
        var names = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.roadmap-graph-parts a.graph-node[data-item-id]')].map((n) => n.getAttribute('aria-label'))");
        Assert.Equal(Sections * (TopicsPerSection + 6), names.Length);
        Assert.Contains("Topic 14.87 — hard", names);
        Assert.Contains("Topic 14.90, 0 of 2 subtopics done — hard", names);
        Assert.Contains("Subtopic 9.30.2 — difficulty not marked", names);

        // The last band is drawn like the first: within the page's width and no label under 12 px.
        var last = page.Locator("a.graph-node[data-item-id='t-14-90']");
        await last.ScrollIntoViewIfNeededAsync();
        var box = (await last.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the last topic lies at {box.X}–{box.X + box.Width} of {width} px");
        var label = await last.EvaluateAsync<double>("(node) => parseFloat(getComputedStyle(node.querySelector('text')).fontSize) * node.closest('svg').getScreenCTM().a");
        Assert.True(label >= 12 - 0.01, $"the last topic's label is {label:0.0} px");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_large_map_in_bands_has_no_serious_axe_violation(string scheme)
    {
        var url = await BuildAsync();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var page = await context.NewPageAsync();
        await OpenDrawnAsync(page, url);

        var result = await page.RunAxe();

        var report = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"[{v.Impact}] {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")));
        Assert.True(!report.Any(), $"axe on a large map ({scheme}):\n" + string.Join("\n", report));
    }

    [Fact]
    public async Task Zooming_a_large_map_zooms_every_band_alike_and_the_wheel_still_scrolls_the_page()
    {
        var url = await BuildAsync();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await OpenDrawnAsync(page, url);
        var before = await page.EvaluateAsync<MapBox>(Bands);

        var viewport = (await page.Locator(".graph__viewport").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(viewport.X + (viewport.Width / 2), Math.Max(viewport.Y, 0) + 100);
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Mouse.WheelAsync(0, 400);
        await page.WaitForFunctionAsync($"() => window.scrollY > {scrolled.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(before.Bands.Select(b => b.ViewBox), (await page.EvaluateAsync<MapBox>(Bands)).Bands.Select(b => b.ViewBox));

        await page.Locator("[data-graph-action='zoom-in']").ClickAsync();
        await page.WaitForFunctionAsync("(width) => document.querySelector('.roadmap-graph-part svg').viewBox.baseVal.width < width", double.Parse(before.Bands[0].ViewBox.Split(' ')[2], CultureInfo.InvariantCulture));

        var after = await page.EvaluateAsync<MapBox>(Bands);
        Assert.Single(after.Bands.Select(band => string.Join(' ', band.ViewBox.Split(' ').Where((_, i) => i is 0 or 2))).Distinct());
        Assert.True(after.Bottom - after.Top > (before.Bottom - before.Top) * 1.2, "the zoomed map is drawn taller");
        Assert.All(after.Bands.Zip(after.Bands.Skip(1)), pair => Assert.Equal(pair.First.Bottom, pair.Second.Top, 1.0));
    }

    [Fact]
    public async Task The_page_parses_only_the_first_band_and_draws_the_rest_later_in_their_place_with_their_progress()
    {
        var url = await BuildAsync();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        // Counted the moment graph.js has set the map up (its nodes' roving tabindex: a mutation observer runs before
        // anything else can), before anything was drawn later.
        await context.AddInitScriptAsync("""
            const seen = new MutationObserver(() => {
              if (!document.querySelector('.roadmap-graph-parts [tabindex]')) return;
              seen.disconnect();
              window.__parsed = { nodes: document.querySelectorAll(".roadmap-graph-parts a.graph-node[href*='#t-']").length,
                                  waiting: document.querySelectorAll('.roadmap-graph-part > noscript').length,
                                  height: document.querySelector('.roadmap-graph-parts').getBoundingClientRect().height };
            });
            seen.observe(document, { subtree: true, attributes: true, attributeFilter: ['tabindex'] });
            """);
        var page = await context.NewPageAsync();
        await page.OpenAsync(url);
        var total = Sections * (TopicsPerSection + 6);

        // What the browser built while parsing the page: the first band only, a small part of the map.
        var parsed = await page.EvaluateAsync<double[]>("() => [window.__parsed.nodes, window.__parsed.waiting, window.__parsed.height]");
        Assert.True(parsed[0] > 0 && parsed[0] < total / 3, $"{parsed[0]} of {total} topics were parsed with the page");
        Assert.True(parsed[1] >= 3, $"{parsed[1]} bands waited");

        // The map is as tall before the later bands are drawn as after: nothing moves when they arrive.
        await page.WaitForSelectorAsync(".roadmap-graph-parts[data-drawn='all']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var drawn = await page.EvaluateAsync<MapBox>(Bands);
        Assert.Equal(parsed[2], drawn.Bottom - drawn.Top, 1.0);
        Assert.All(drawn.Bands.Zip(drawn.Bands.Skip(1)), pair => Assert.Equal(pair.First.Bottom, pair.Second.Top, 1.0));
        Assert.Equal(total, await page.Locator(".roadmap-graph-parts a.graph-node[data-item-id]").CountAsync());

        // A topic of the last band, ticked: its node shows it, and its parent's roll-up counts it.
        await page.Locator("a.graph-node[data-item-id='t-14-90-1']").ClickAsync();
        await page.Locator("dialog.topic-panel button.topic-panel__state[data-state='done']").ClickAsync();
        await Assertions.Expect(page.Locator("a.graph-node[data-item-id='t-14-90-1']")).ToHaveAttributeAsync("data-state", "done");
        await Assertions.Expect(page.Locator("a.graph-node[data-item-id='t-14-90']")).ToHaveAttributeAsync("aria-label", "Topic 14.90, 1 of 2 subtopics done — hard");

        // On the next visit, the same topic reached by its address opens at once, its band drawn first, with its state.
        var fresh = await context.NewPageAsync();
        await fresh.OpenAsync(url + "#topic=t-14-90-1");
        await Assertions.Expect(fresh.Locator("dialog.topic-panel .topic-panel__title")).ToHaveTextAsync("Subtopic 14.90.1");
        await Assertions.Expect(fresh.Locator("a.graph-node[data-item-id='t-14-90-1']")).ToHaveAttributeAsync("data-state", "done");
    }

    [Fact]
    public async Task Without_javascript_a_large_map_shows_every_band()
    {
        var url = await BuildAsync();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.OpenAsync(url);

        Assert.Equal(Sections * (TopicsPerSection + 6), await page.Locator(".roadmap-graph-parts a.graph-node[href*='#t-']").CountAsync());
        var last = page.Locator(".roadmap-graph-parts a.graph-node[href$='#t-14-90-2']");
        await last.ScrollIntoViewIfNeededAsync();
        Assert.True(await last.IsVisibleAsync(), "the last topic of the map is not shown without scripts");
    }

    [Fact]
    public async Task The_keys_walk_a_large_map_across_its_bands_and_a_node_far_down_opens_its_panel()
    {
        var url = await BuildAsync();
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenAsync(url);
        const string Focused = "() => document.activeElement.dataset.itemId || document.activeElement.dataset.sectionId || ''";
        const string FocusedBand = "() => [...document.querySelectorAll('.roadmap-graph-part')].indexOf(document.activeElement.closest('.roadmap-graph-part'))";

        // The whole map is one tab stop, and End reaches its last node, in the last band, brought into view.
        await page.Locator(".roadmap-graph-parts a.graph-node").First.FocusAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelectorAll('.roadmap-graph-parts [tabindex=\"0\"]').length"));
        await page.Keyboard.PressAsync("End");
        // The first key waits for the walk's code, which the focus started loading.
        await Assertions.Expect(page.Locator("a.graph-node[data-item-id='t-14-90-2']")).ToBeFocusedAsync();
        Assert.Equal("t-14-90-2", await page.EvaluateAsync<string>(Focused));
        var bands = await page.EvaluateAsync<int>("() => document.querySelectorAll('.roadmap-graph-part').length");
        Assert.Equal(bands - 1, await page.EvaluateAsync<int>(FocusedBand));
        await Assertions.Expect(page.Locator("a.graph-node[data-item-id='t-14-90-2']")).ToBeInViewportAsync();

        // Down from the last node of a band goes on to the first of the next; Left climbs from a topic to its section.
        var lastOfFirst = await page.EvaluateAsync<string>("() => [...document.querySelector('.roadmap-graph-part').querySelectorAll('a.graph-node')].at(-1).dataset.itemId");
        await page.Locator($"a.graph-node[data-item-id='{lastOfFirst}']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(1, await page.EvaluateAsync<int>(FocusedBand));
        var section = await page.EvaluateAsync<string>(Focused);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(section, await page.EvaluateAsync<string>(Focused));

        // A click on a node in a far band opens its topic in place; Escape gives the focus back to the node.
        var far = page.Locator("a.graph-node[data-item-id='t-12-45']");
        await far.ScrollIntoViewIfNeededAsync();
        await far.ClickAsync();
        await Assertions.Expect(page.Locator("dialog.topic-panel .topic-panel__title")).ToHaveTextAsync("Topic 12.45");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(far).ToBeFocusedAsync();
    }
}
