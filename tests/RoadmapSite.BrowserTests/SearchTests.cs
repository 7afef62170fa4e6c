using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task Typing_a_query_lists_links_into_section_pages_under_the_base_path()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page);
        await page.OpenAsync(site.SearchUrl);
        var (itemId, title) = site.Section.Items[0];

        await page.Locator("[data-search-input]").PressSequentiallyAsync(title);

        var links = page.Locator("[data-search-results] a.search-result__link");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        foreach (var href in await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            Assert.StartsWith("/roadmap/sections/", href);
        }

        // The best match is the item itself, and following it lands on the item.
        Assert.Equal($"/roadmap/sections/{site.Section.Id}/#{itemId}", await links.First.GetAttributeAsync("href"));
        await links.First.ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-item-id='{itemId}']:target")).ToBeVisibleAsync();
        watcher.AssertClean("searching");
    }

    [Fact]
    public async Task A_topic_whose_title_is_a_link_keeps_that_link_in_its_search_result()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.SearchUrl);

        await page.Locator("[data-search-input]").PressSequentiallyAsync("Refactoring Guru");

        var source = page.Locator("[data-search-results] li").First.Locator("a.search-result__source");
        await Assertions.Expect(source).ToHaveAttributeAsync("href", "https://refactoring.guru/design-patterns");
        await Assertions.Expect(source).ToHaveTextAsync("refactoring.guru");
    }

    [Fact]
    public async Task The_slash_key_focuses_the_search_box()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.OpenAsync(site.HomeUrl);
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#rs--site-search")).ToBeFocusedAsync();

        // On the search page its own box, not the header's, takes the shortcut.
        await page.OpenAsync(site.SearchUrl);
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("[data-search-input]")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_typo_per_word_still_finds_the_topic_with_matched_words_marked_and_its_section_state_and_difficulty()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.Url("sections/database-management/"));
        await page.Check("database-design").CheckAsync();
        await page.OpenAsync(site.SearchUrl);

        await page.Locator("[data-search-input]").PressSequentiallyAsync("databse desgn");

        var results = page.Locator("[data-search-results] > li");
        var first = results.First;
        await Assertions.Expect(first.Locator("a")).ToHaveTextAsync("Database Design");
        Assert.Equal(["Database", "Design"], await first.Locator("a mark").AllTextContentsAsync());
        await Assertions.Expect(first.Locator(".search-result__meta")).ToContainTextAsync("Database Management");
        await Assertions.Expect(first.Locator(".search-result__meta")).ToContainTextAsync("done");
        // Titles rank above descriptions: the topic that says "database design" only in its text comes later.
        var titles = (await results.Locator("a.search-result__link").AllTextContentsAsync()).ToList();
        Assert.True(titles.IndexOf("Entity Relationship Diagrams (ERDs)") > titles.IndexOf("Database Design"), string.Join(" | ", titles));
        Assert.Contains("Database Design", titles[0]);
    }

    [Fact]
    public async Task Sections_are_found_too()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.SearchUrl + "?q=" + Uri.EscapeDataString("containerisation orchestration"));

        var section = page.Locator("[data-search-results] > li.search-result--section").First;
        await Assertions.Expect(section.Locator("a")).ToHaveAttributeAsync("href", "/roadmap/sections/containerization-and-orchestration/");
        await Assertions.Expect(section).ToContainTextAsync("Section");
    }
}
