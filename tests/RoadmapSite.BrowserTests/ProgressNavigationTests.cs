using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProgressNavigationTests(SiteFixture site)
{
    private static readonly Dictionary<string, int> Ease = new() { ["easy"] = 0, ["medium"] = 1, ["hard"] = 2 };

    private IReadOnlyList<TrackableItem> Items => RoadmapData.Trackable(site.OutputDirectory);

    private IReadOnlyList<TrackableItem> SectionItems => [.. Items.Where(item => item.Section == site.Section.Id)];

    /// <summary>The rule, restated: most important, then easiest (unmarked counts as medium), then roadmap order.</summary>
    private static TrackableItem Expected(IEnumerable<TrackableItem> open) =>
        open.Select((item, order) => (item, order))
            .OrderByDescending(entry => entry.item.Importance ?? 0)
            .ThenBy(entry => entry.item.Difficulty is { } difficulty ? Ease[difficulty] : 1)
            .ThenBy(entry => entry.order)
            .First().item;

    [Fact]
    public async Task Filters_hide_non_matching_topics_in_the_tree_and_dim_them_on_the_graph()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        // The section's rarest difficulty: the filter has something to hide and something to keep.
        var difficulty = SectionItems.Where(item => item.Difficulty is not null).GroupBy(item => item.Difficulty!).OrderBy(group => group.Count()).First().Key;
        var hard = SectionItems.Where(item => item.Difficulty == difficulty).Select(item => item.Id).ToHashSet();

        await page.Locator("select[data-filter='difficulty']").SelectOptionAsync(difficulty);

        foreach (var item in SectionItems)
        {
            // A topic shows when it matches, or, muted as context, when something under it does.
            var shows = await page.Check(item.Id).IsVisibleAsync() && !await page.Row(item.Id).EvaluateAsync<bool>("e => e.classList.contains('is-filter-context')");
            Assert.True(hard.Contains(item.Id) == shows, $"{item.Id} ({item.Difficulty}) visibility is wrong with filter {difficulty}");
            var node = page.Locator($"a.graph-node[data-item-id='{item.Id}']");
            if (await node.CountAsync() > 0)
            {
                Assert.True(!hard.Contains(item.Id) == await node.First.EvaluateAsync<bool>("e => e.classList.contains('is-filtered-out')"), $"graph node {item.Id} dimming is wrong");
            }
        }

        // The whole roadmap's count, the same on every page, then this page's share.
        var label = char.ToUpperInvariant(difficulty[0]) + difficulty[1..];
        var everywhere = Items.Count(item => item.Difficulty == difficulty);
        await Assertions.Expect(page.Locator("[data-filters-status]")).ToHaveTextAsync(
            $"Filtered by difficulty {label}: {everywhere} of {Items.Count} topics match ({hard.Count} of {SectionItems.Count} on this page).");

        // By state: only what the visitor marked done; the choice is remembered on the next page.
        await page.Locator("[data-filters-reset]").ClickAsync();
        var done = SectionItems[0].Id;
        await page.Check(done).CheckAsync();
        await page.Locator("select[data-filter='state']").SelectOptionAsync("done");
        await Assertions.Expect(page.Locator("li.tree-item--task:visible")).ToHaveCountAsync(1);
        await page.OpenReadyAsync(site.TreeUrl);
        Assert.Equal("done", await page.Locator("select[data-filter='state']").InputValueAsync());
        await Assertions.Expect(page.Locator("input.item-check:visible")).ToHaveCountAsync(1);
        // Shown, with the same count and one "Clear"; the sections with nothing to show are hidden.
        await Assertions.Expect(page.Locator("[data-filters-status]")).ToHaveTextAsync($"Filtered by state Done: 1 of {Items.Count} topics match.");
        await Assertions.Expect(page.Locator("section.tree--section:visible")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("section.tree--section:visible")).ToHaveCountAsync(RoadmapData.Sections(site.OutputDirectory));
        await Assertions.Expect(page.Locator("[data-filters-reset]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_filter_that_leaves_a_page_without_topics_says_so_where_its_checklist_was()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var empty = page.Locator("[data-filters-empty]");
        await Assertions.Expect(empty).ToBeHiddenAsync();
        // A difficulty found elsewhere in the roadmap but not in this section.
        var missing = new[] { "hard", "medium", "easy" }.First(d => SectionItems.All(item => item.Difficulty != d) && Items.Any(item => item.Difficulty == d));

        await page.Locator("select[data-filter='difficulty']").SelectOptionAsync(missing);

        await Assertions.Expect(page.Locator("li.tree-item--task:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(empty).ToBeVisibleAsync();
        await Assertions.Expect(empty).ToHaveTextAsync("No topic on this page matches the filter.");
        Assert.True(await empty.EvaluateAsync<bool>("e => !!e.closest('.tree')"), "the message is not in the checklist");

        // The whole roadmap with nothing done yet: every section hidden, the same message.
        await page.Locator("select[data-filter='difficulty']").SelectOptionAsync("any");
        await page.Locator("select[data-filter='state']").SelectOptionAsync("done");
        await page.OpenReadyAsync(site.TreeUrl);
        await Assertions.Expect(page.Locator("section.tree--section:visible")).ToHaveCountAsync(0);
        await Assertions.Expect(empty).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear", Exact = true }).ClickAsync();
        await Assertions.Expect(empty).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Next_up_is_in_the_header_of_every_page_prefers_the_section_the_visitor_is_in_and_moves_on_when_its_topic_is_done()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var first = Expected(Items);
        var inSection = Expected(SectionItems);
        foreach (var (name, url) in site.PageTypes.Where(type => type.Name != "404"))
        {
            await page.OpenReadyAsync(url);
            var expected = name == "section" ? inSection : first;
            await Assertions.Expect(page.Locator("[data-next-up]")).ToHaveAttributeAsync("href", $"/roadmap/sections/{expected.Section}/#{expected.Id}");
        }

        await page.Locator("[data-next-up]").ClickAsync();
        await page.WaitForURLAsync($"**/sections/{first.Section}/#{first.Id}");
        await page.WaitForSelectorAsync("[data-next-up]:not([hidden])", new() { State = WaitForSelectorState.Attached });
        await page.Check(first.Id).CheckAsync();
        // Still in that section: its next topic, not another section's.
        var second = Expected(Items.Where(item => item.Section == first.Section && item.Id != first.Id));
        await Assertions.Expect(page.Locator("[data-next-up-title]")).ToHaveTextAsync(second.Title);
        await Assertions.Expect(page.Locator("[data-next-up]")).ToHaveAttributeAsync("title", $"{second.Title}. Next in this section: the most important, then the easiest.");
        await page.SetStateAsync(second.Id, "skipped");
        var third = Expected(Items.Where(item => item.Section == first.Section && item.Id != first.Id && item.Id != second.Id));
        await Assertions.Expect(page.Locator("[data-next-up-title]")).ToHaveTextAsync(third.Title);
    }

    [Fact]
    public async Task Next_up_continues_a_topic_in_progress_before_anything_else()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var busy = Items.Last(item => item.Section != site.Section.Id);
        await page.OpenReadyAsync(site.Url($"sections/{busy.Section}/"));
        await page.SetStateAsync(busy.Id, "in-progress");

        await page.OpenReadyAsync(site.SectionUrl);

        await Assertions.Expect(page.Locator("[data-next-up-title]")).ToHaveTextAsync(busy.Title);
        await Assertions.Expect(page.Locator("[data-next-up]")).ToHaveAttributeAsync("title", $"{busy.Title}. Continue: in progress.");
    }

    [Fact]
    public async Task Search_opens_with_slash_and_finds_topics_and_the_visitors_own_notes()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var item = SectionItems[2];
        await page.Locator($"button.item-state[data-item-id='{item.Id}']").FocusAsync();
        await page.Keyboard.PressAsync("e");
        await page.Locator("[data-note-dialog] textarea").FillAsync("zanzibar flashcards");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();

        await page.Locator("body").ClickAsync(new() { Position = new() { X = 1, Y = 1 } });
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("#rs--site-search")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("zanzibar");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=zanzibar");

        var result = page.Locator(".search-results li").First;
        await Assertions.Expect(result).ToContainTextAsync(item.Title);
        await Assertions.Expect(result).ToContainTextAsync("My note: zanzibar flashcards");
        await result.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/sections/{item.Section}/#{item.Id}");
    }

    [Fact]
    public async Task A_keyboard_only_visitor_marks_a_topic_done_and_sets_another_state_from_the_menu()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var (first, second) = (SectionItems[0].Id, SectionItems[1].Id);

        // Tab from the top of the page until the first topic's checkbox has the focus.
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.itemId") == first &&
                await page.EvaluateAsync<bool>("() => document.activeElement.matches('input.item-check')"))
            {
                break;
            }
        }

        await Assertions.Expect(page.Check(first)).ToBeFocusedAsync();
        var outline = await page.Check(first).EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Check(first)).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-progress-live]")).ToContainTextAsync("done");

        // On to the next topic's state button; Enter opens the menu, arrows move, Enter picks.
        while (!await page.EvaluateAsync<bool>($"() => document.activeElement.matches(\"button.item-state[data-item-id='{second}']\")"))
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".state-menu [data-state='not-started']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Row(second)).ToHaveAttributeAsync("data-state", "in-progress");
        await Assertions.Expect(page.Locator($"button.item-state[data-item-id='{second}']")).ToBeFocusedAsync();

        // And the shortcut keys on the focused topic.
        await page.Keyboard.PressAsync("s");
        await Assertions.Expect(page.Row(second)).ToHaveAttributeAsync("data-state", "skipped");
        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(page.Row(second)).Not.ToHaveAttributeAsync("data-state", "skipped");
        var stored = await page.StoredAsync();
        Assert.Equal(new Dictionary<string, string> { [first] = "done" }, stored.States);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Axe_finds_nothing_serious_with_progress_set_and_the_progress_controls_open(string scheme)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.OpenReadyAsync(site.SectionUrl);
        await page.Check(SectionItems[0].Id).CheckAsync();
        await page.SetStateAsync(SectionItems[1].Id, "in-progress");
        await page.SetStateAsync(SectionItems[2].Id, "skipped");
        await page.Locator("select[data-filter='importance']").SelectOptionAsync("1");
        var report = new List<string>();

        await page.Locator($"button.item-state[data-item-id='{SectionItems[3].Id}']").ClickAsync();
        await Scan(page, "state menu open", report);
        await page.Keyboard.PressAsync("Escape");
        await page.OpenProgressDialogAsync();
        await page.Locator("[data-progress-action='share']").ClickAsync();
        await page.Locator("[data-import-file]").SetInputFilesAsync(new FilePayload { Name = "p.json", MimeType = "application/json", Buffer = "{\"format\":\"roadmap-site-progress\",\"version\":1,\"states\":{\"x\":\"done\"},\"notes\":{}}"u8.ToArray() });
        await Scan(page, "progress dialog open", report);
        await page.Locator("[data-dialog-close]").ClickAsync();
        var link = await page.Locator("[data-share-output]").InputValueAsync();
        await page.OpenReadyAsync(link);
        await Scan(page, "shared progress banner", report);

        Assert.True(report.Count == 0, $"axe found serious or critical violations ({scheme}):\n" + string.Join("\n", report));
    }

    private static async Task Scan(IPage page, string what, List<string> report)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            report.Add($"{what} [{violation.Impact}] {violation.Id}: {violation.Help}");
            report.AddRange(violation.Nodes.Take(5).Select(node => $"    {node.Target} {node.Html}"));
        }
    }
}
