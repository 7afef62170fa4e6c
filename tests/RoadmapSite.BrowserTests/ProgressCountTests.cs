using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

/// <summary>Every place that shows a count shows the same one: the map's roll-up, the topic panel and the meters.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressCountTests(SiteFixture site)
{
    [Fact]
    public async Task A_topics_panel_counts_its_subtopics_at_every_depth_as_its_roll_up_on_the_map_does()
    {
        var url = await site.BuildSiteAsync("nested-counts", site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = "# Nested\n\n## Basics\n\n- [ ] Parent {#parent}\n  - [ ] Child {#child}\n    - [ ] Grandchild one {#grand-one}\n    - [ ] Grandchild two {#grand-two}\n- [ ] After {#after}\n",
            ["site.yml"] = "site_id: nested-counts\n",
        }));
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(url + "sections/basics/");

        await page.Check("grand-one").CheckAsync();
        await Assertions.Expect(page.Locator("svg.roadmap-graph a.graph-node[data-item-id='parent'] + .graph-node__rollup")).ToHaveTextAsync("1 of 3");

        await page.Locator("svg.roadmap-graph a.graph-node[data-item-id='parent']").ClickAsync();
        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = "Parent" });
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator(".topic-panel__heading").First).ToHaveTextAsync("Subtopics: 1 of 3 done");
    }
}
