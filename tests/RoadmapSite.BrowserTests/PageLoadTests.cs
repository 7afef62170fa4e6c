using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_type_loads_without_console_errors_failed_requests_or_requests_to_other_hosts()
    {
        await using var context = await site.NewContextAsync();
        foreach (var (name, url) in site.PageTypes)
        {
            var page = await context.NewPageAsync();
            var isNotFound = url == site.NotFoundUrl;
            var watcher = new PageWatcher(page, isNotFound ? url : null);

            await page.OpenAsync(url, isNotFound ? 404 : 200);

            watcher.AssertClean($"the {name} page ({url})");
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_overview_loads_its_strings_once_and_not_the_code_or_styles_of_a_checklist_notes_a_shared_view_the_phone_menu_or_the_maps_keys()
    {
        // The index page's byte budget (bench/results.md): what the overview never shows stays out of its load.
        await using var context = await site.NewContextAsync();
        var loaded = await LoadedAsync(context, site.HomeUrl);
        Assert.Single(loaded, path => path.StartsWith(SiteFixture.BasePath + "assets/strings.", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded, path => path.Contains("/js/notes.", StringComparison.Ordinal) || path.Contains("/js/shared-view.", StringComparison.Ordinal) ||
                                              path.Contains("/js/site-menu.", StringComparison.Ordinal) || path.Contains("/css/checklist.", StringComparison.Ordinal) ||
                                              path.Contains("/js/graph-walk.", StringComparison.Ordinal) || path.Contains("/js/graph-zoom.", StringComparison.Ordinal));

        var section = await LoadedAsync(context, site.SectionUrl);
        Assert.Contains(section, path => path.Contains("/js/notes.", StringComparison.Ordinal));
        Assert.Contains(section, path => path.Contains("/css/checklist.", StringComparison.Ordinal));
    }

    private static async Task<List<string>> LoadedAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var loaded = new List<string>();
        page.Request += (_, request) => loaded.Add(new Uri(request.Url).AbsolutePath);
        await page.OpenReadyAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.CloseAsync();
        return loaded;
    }

    [Fact]
    public async Task The_404_page_at_a_deep_url_is_styled_and_links_home()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page, site.NotFoundUrl);

        await page.OpenAsync(site.NotFoundUrl, 404);

        // Styled: the stylesheet applied (an unstyled page keeps the UA's 8 px body margin and shows the skip link in place).
        var sheets = await page.EvaluateAsync<int>("() => [...document.styleSheets].filter(s => s.href && s.cssRules.length > 0).length");
        Assert.True(sheets > 0, "the 404 page's stylesheet did not load");
        Assert.Equal("0px", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).marginTop"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.skip-link').getBoundingClientRect().bottom <= 0"), "the skip link is in view: the page is unstyled");
        await Assertions.Expect(page.Locator("main a[href='/roadmap/']")).ToHaveCountAsync(1);
        watcher.AssertClean("the 404 page");

        await page.Locator("main a[href='/roadmap/']").ClickAsync();
        await page.WaitForURLAsync(site.HomeUrl);
        await Assertions.Expect(page.Locator("svg.roadmap-graph")).ToBeVisibleAsync();
    }
}
