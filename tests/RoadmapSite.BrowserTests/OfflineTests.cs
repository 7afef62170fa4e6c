using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OfflineTests(SiteFixture site)
{
    [Fact]
    public async Task After_a_first_visit_every_page_opens_offline_with_the_visitors_progress()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.HomeUrl);
        // Installed and in control: the whole site is cached.
        var scope = await page.EvaluateAsync<string>("async () => (await navigator.serviceWorker.ready).scope");
        Assert.Equal(site.HomeUrl, scope);
        var caches = await page.EvaluateAsync<string[]>("() => caches.keys()");
        Assert.All(caches, name => Assert.StartsWith("/roadmap/:backend-roadmap:offline:", name, StringComparison.Ordinal));

        await context.SetOfflineAsync(true);
        await page.GotoAsync(site.SectionUrl);
        await page.WaitForSelectorAsync("[data-next-up]:not([hidden])", new() { State = WaitForSelectorState.Attached });
        var first = RoadmapData.Trackable(site.OutputDirectory).First(item => item.Section == site.Section.Id).Id;
        await page.Check(first).CheckAsync();
        await page.GotoAsync(site.TreeUrl);
        await Assertions.Expect(page.Check(first)).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".page-header [data-progress-done]")).ToHaveTextAsync("1");
    }
}
