using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class GraphTests(SiteFixture site)
{
    // The first item node whose box lies inside the graph's visible viewport: only that one can take a real click.
    private const string FirstVisibleItemNode = """
        () => {
          const viewport = document.querySelector('.graph__viewport').getBoundingClientRect();
          const node = [...document.querySelectorAll('svg.roadmap-graph a.graph-node[data-item-id]')].find((n) => {
            const r = n.getBoundingClientRect();
            return r.width > 0 && r.left >= viewport.left && r.right <= viewport.right && r.top >= viewport.top && r.bottom <= viewport.bottom;
          });
          return node ? node.dataset.itemId : null;
        }
        """;

    [Fact]
    public async Task Clicking_a_graph_node_on_the_index_opens_its_section_page_at_that_item()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page);
        await page.OpenAsync(site.HomeUrl);
        var itemId = await page.EvaluateAsync<string?>(FirstVisibleItemNode);
        Assert.NotNull(itemId);

        await page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{itemId}']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/roadmap/sections/", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("#" + itemId, new Uri(page.Url).Fragment);
        await Assertions.Expect(page.Locator($"li[data-item-id='{itemId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"li[data-item-id='{itemId}']:target")).ToBeVisibleAsync();
        watcher.AssertClean("following a graph node");
    }

    [Fact]
    public async Task A_graph_node_is_reachable_with_Tab_and_has_an_accessible_name()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);

        var reached = false;
        for (var presses = 0; presses < 80 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('svg.roadmap-graph a.graph-node') ?? false");
        }

        Assert.True(reached, "no graph node took the focus within 80 presses of Tab");
        // The accessibility tree's own view: a link role with a non-empty name.
        var snapshot = await page.Locator(":focus").AriaSnapshotAsync();
        Assert.Matches("^- link \"[^\"]*\\w[^\"]*\"", snapshot);
    }

    [Fact]
    public async Task The_zoom_in_button_narrows_the_graphs_viewBox()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.SectionUrl);
        var svg = page.Locator("svg.roadmap-graph").First;
        var before = await svg.ViewBoxAsync();

        await page.Locator("[data-graph-action='zoom-in']").First.ClickAsync();

        var after = await svg.ViewBoxAsync();
        Assert.Equal(4, before.Length);
        Assert.True(after[2] < before[2], $"viewBox width {before[2]} → {after[2]}: not zoomed in");
    }

    [Fact]
    public async Task The_plus_key_on_the_focused_graph_zooms_in()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var svg = page.Locator("svg.roadmap-graph").First;
        var before = await svg.ViewBoxAsync();

        await page.Locator(".graph__viewport").First.FocusAsync();
        await page.Keyboard.TypeAsync("+");

        var after = await svg.ViewBoxAsync();
        Assert.True(after[2] < before[2], $"viewBox width {before[2]} → {after[2]}: + did not zoom in");
    }
}
