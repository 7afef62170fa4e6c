using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(SiteFixture site)
{
    [Fact]
    public async Task Without_javascript_the_section_page_shows_every_item_and_no_js_only_control()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.SectionUrl);
        var problems = new List<string>();

        foreach (var (id, title) in site.Section.Items)
        {
            var label = page.Locator($"li[data-item-id='{id}'] .tree-item__title").First;

            // Topics off screen are not rendered until scrolled to (content-visibility), as a reader would scroll.
            await label.ScrollIntoViewIfNeededAsync();
            if (!await label.IsVisibleAsync())
            {
                problems.Add($"item {id} ('{title}') is not visible");
            }
            else if ((await label.InnerTextAsync()).Trim() != title)
            {
                problems.Add($"item {id} shows '{(await label.InnerTextAsync()).Trim()}', expected '{title}'");
            }
        }

        var controls = page.Locator(".js-only");
        Assert.True(await controls.CountAsync() > 0, "the page has no .js-only controls: the check below would prove nothing");
        foreach (var control in await controls.AllAsync())
        {
            if (await control.IsVisibleAsync())
            {
                problems.Add("a JS-only control shows: " + await control.EvaluateAsync<string>("e => e.outerHTML.slice(0, 160)"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Without_javascript_the_progress_controls_are_hidden_or_disabled_and_the_page_is_whole()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        foreach (var url in new[] { site.HomeUrl, site.SectionUrl, site.TreeUrl })
        {
            await page.OpenAsync(url);
            var checks = page.Locator("input.item-check");
            if (url != site.HomeUrl)
            {
                Assert.True(await checks.CountAsync() > 0, $"{url} has no checkboxes");
            }

            Assert.Equal(0, await page.Locator("input.item-check:enabled").CountAsync());
            foreach (var selector in new[] { "[data-progress-open]", "[data-next-up]", "[data-filters]", "[data-progress-dialog]", "[data-note-dialog]", "[data-share-banner]", "[data-progress-notice]" })
            {
                Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{url}: {selector} shows without JavaScript");
            }

            Assert.True(await page.Locator("main h1").IsVisibleAsync());
        }
    }
}
