using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ThemeSwitchTests(SiteFixture site)
{
    [Fact]
    public async Task The_theme_switch_sets_the_theme_and_the_choice_survives_a_reload()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var button = page.Locator("[data-theme-switch]");
        Assert.Null(await page.ThemeAsync());

        await button.ClickAsync();
        var first = await page.ThemeAsync();
        await button.ClickAsync();
        var second = await page.ThemeAsync();

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        await page.ReloadAsync();
        Assert.Equal(second, await page.ThemeAsync());
        // Stored per site, not per page.
        await page.OpenAsync(site.TreeUrl);
        Assert.Equal(second, await page.ThemeAsync());
    }
}
