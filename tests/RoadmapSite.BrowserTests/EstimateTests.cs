using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class EstimateTests(SiteFixture site)
{
    private const string Roadmap = """
        # Estimated roadmap

        ## Basics

        - [ ] ⏱ 1h One
        - [ ] Two
          - [ ] ⏱ 30m Two A
          - [ ] ⏱ 30m Two B
        - [ ] ⏱ 2h Three

        ## Extras

        - [ ] Unestimated
        """;

    private async Task<string> BuildAsync() =>
        await site.BuildSiteAsync("estimated", site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = Roadmap,
            ["site.yml"] = "site_id: estimated\n",
        }));

    [Fact]
    public async Task The_time_left_counts_topics_neither_done_nor_skipped_and_the_pace_gives_a_finish_date_that_is_kept()
    {
        var home = await BuildAsync();
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(home + "sections/basics/");
        var sectionTime = page.Locator("[data-progress-time='basics'] [data-progress-time-text]");
        await Assertions.Expect(sectionTime).ToHaveTextAsync("4 h left of 4 h");
        await Assertions.Expect(page.Locator("li[data-item-id='two'] .pill--estimate").First).ToContainTextAsync("1 h");

        await page.Check("one").CheckAsync();
        await page.SetStateAsync("two-a", "skipped");
        await Assertions.Expect(sectionTime).ToHaveTextAsync("2.5 h left of 4 h");
        await page.SetStateAsync("two-b", "in-progress");
        await Assertions.Expect(sectionTime).ToHaveTextAsync("2.5 h left of 4 h");

        await page.OpenReadyAsync(home);
        await Assertions.Expect(page.Locator("[data-progress-time='all'] [data-progress-time-text]")).ToHaveTextAsync("2.5 h left of 4 h");
        await Assertions.Expect(page.Locator("[data-progress-time='extras']")).ToHaveCountAsync(0);
        var hours = page.GetByLabel("I can spend");
        await hours.FillAsync("2");
        // 2.5 h at 2 h a week: 8.75 days, so 9 days from today.
        var finish = DateTime.Today.AddDays(9).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var sentence = $"At 2 hours a week you would finish around {finish} (in about 2 weeks).";
        await Assertions.Expect(page.Locator("[data-pace-finish]")).ToHaveTextAsync(sentence);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("I can spend")).ToHaveValueAsync("2");
        await Assertions.Expect(page.Locator("[data-pace-finish]")).ToHaveTextAsync(sentence);

        await page.OpenProgressDialogAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-progress-action='export']").ClickAsync());
        using var exported = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal(2, exported.RootElement.GetProperty("pace").GetProperty("hoursPerWeek").GetDouble());
    }

    [Fact]
    public async Task A_roadmap_without_estimates_shows_no_times_and_no_pace()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.HomeUrl);
        await Assertions.Expect(page.Locator("[data-progress-time]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-pace]")).ToHaveCountAsync(0);
    }
}
