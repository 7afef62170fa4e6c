using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class FindingYourWayTests(SiteFixture site)
{
    private IReadOnlyList<TrackableItem> SectionItems =>
        [.. RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Section == site.Section.Id)];

    [Fact]
    public async Task Jumping_to_a_topic_unfolds_it_shows_context_above_it_highlights_it_and_focuses_it()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var target = SectionItems.Last();
        await page.OpenReadyAsync(site.TreeUrl);
        // Its group folded on an earlier visit.
        var group = page.Locator($"li:has(> details li[data-item-id='{target.Id}']) > details > summary").Last;
        await group.ClickAsync();
        await Assertions.Expect(page.Check(target.Id)).ToBeHiddenAsync();

        await page.WaitForTimeoutAsync(200);
        await page.OpenReadyAsync(site.HomeUrl);
        await page.OpenReadyAsync(site.TreeUrl + "#" + target.Id);

        await Assertions.Expect(page.Check(target.Id)).ToBeVisibleAsync();
        await Assertions.Expect(page.Check(target.Id)).ToBeFocusedAsync();
        await Assertions.Expect(page.Row(target.Id)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-jumped"));
        var top = await page.Row(target.Id).EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top is >= 48 and <= 400, $"the topic is {top:0} px from the top of the window");
    }

    [Fact]
    public async Task Folded_groups_stay_as_the_visitor_left_them_on_that_page_across_visits()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var toggle = page.Locator(".tree summary.tree-item__toggle").First;
        var details = page.Locator(".tree details.tree-item__subtopics").First;
        var owner = await details.EvaluateAsync<string>("e => e.closest('li').dataset.itemId");

        await toggle.ClickAsync();
        await Assertions.Expect(details).Not.ToHaveAttributeAsync("open", "");
        await page.WaitForTimeoutAsync(200);
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.False(await details.EvaluateAsync<bool>("e => e.open"), "the folded group opened again after a reload");
        // Another page keeps its own: the same topic on the whole-roadmap page is unfolded.
        await page.OpenReadyAsync(site.TreeUrl);
        Assert.True(await page.Locator($"li[data-item-id='{owner}'] > details.tree-item__subtopics").EvaluateAsync<bool>("e => e.open"));
        await page.OpenReadyAsync(site.SectionUrl);
        await page.Locator(".tree summary.tree-item__toggle").First.ClickAsync();
        await page.WaitForTimeoutAsync(200);
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await details.EvaluateAsync<bool>("e => e.open"));
    }
}
