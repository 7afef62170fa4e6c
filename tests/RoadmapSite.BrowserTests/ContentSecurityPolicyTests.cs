using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(SiteFixture site)
{
    [Fact]
    public async Task No_page_or_interaction_violates_the_content_security_policy()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page, site.NotFoundUrl);

        foreach (var (_, url) in site.PageTypes)
        {
            await page.OpenAsync(url, url == site.NotFoundUrl ? 404 : 200);
        }

        // What scripts do after load counts too: styles they set, data they fetch.
        await page.OpenAsync(site.SectionUrl);
        await page.Locator("[data-theme-switch]").ClickAsync();
        await page.Locator("[data-graph-action='zoom-in']").First.ClickAsync();
        await page.Locator(".item-check").First.CheckAsync();
        await page.OpenProgressDialogAsync();
        await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-progress-action='card-png']").ClickAsync());
        await page.Locator("[data-dialog-close]").ClickAsync();
        await page.OpenAsync(site.SearchUrl + "?q=" + Uri.EscapeDataString(site.Section.Items[0].Value));
        await Assertions.Expect(page.Locator("[data-search-results] a").First).ToBeVisibleAsync();

        Assert.True(watcher.PolicyViolations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", watcher.PolicyViolations));
    }
}
