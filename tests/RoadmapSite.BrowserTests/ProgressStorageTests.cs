using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProgressStorageTests(SiteFixture site)
{
    private IReadOnlyList<TrackableItem> SectionItems =>
        [.. RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Section == site.Section.Id)];

    [Fact]
    public async Task States_set_on_a_section_page_survive_a_reload_and_show_on_the_graph_and_the_counters()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page);
        await page.OpenReadyAsync(site.SectionUrl);
        var (done, busy, skipped) = (SectionItems[0].Id, SectionItems[1].Id, SectionItems[2].Id);

        await page.Check(done).CheckAsync();
        await page.SetStateAsync(busy, "in-progress");
        await page.SetStateAsync(skipped, "skipped");
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.True(await page.Check(done).IsCheckedAsync());
        Assert.Equal("done", await page.StateAsync(done));
        Assert.Equal("in-progress", await page.StateAsync(busy));
        Assert.Equal("skipped", await page.StateAsync(skipped));
        Assert.True(await page.Check(busy).EvaluateAsync<bool>("e => e.indeterminate"));
        Assert.Equal("done", await page.Locator($"a.graph-node[data-item-id='{done}']").First.GetAttributeAsync("data-state"));
        var meter = page.Locator($".page-header .progress-meter[data-progress-scope='{site.Section.Id}']");
        await Assertions.Expect(meter.Locator("[data-progress-done]")).ToHaveTextAsync("1");
        await Assertions.Expect(meter.Locator("[data-progress-skipped]")).ToContainTextAsync("1 skipped");
        Assert.Equal(1, await meter.Locator("progress").EvaluateAsync<int>("e => e.value"));

        // The overview counts it too: on the section's card and for the whole roadmap.
        await page.OpenReadyAsync(site.HomeUrl);
        await Assertions.Expect(page.Locator($".section-card [data-progress-scope='{site.Section.Id}'] [data-progress-done]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".page-header [data-progress-scope='all'] [data-progress-done]")).ToHaveTextAsync("1");
        watcher.AssertClean("setting states and reloading");
    }

    [Fact]
    public async Task A_second_tab_follows_changes_without_a_reload()
    {
        await using var context = await site.NewContextAsync();
        var first = await context.NewPageAsync();
        var second = await context.NewPageAsync();
        await first.OpenReadyAsync(site.SectionUrl);
        await second.OpenReadyAsync(site.SectionUrl);
        var id = SectionItems[0].Id;

        await first.Check(id).CheckAsync();
        await Assertions.Expect(second.Check(id)).ToBeCheckedAsync();
        await first.SetStateAsync(id, "skipped");
        await Assertions.Expect(second.Row(id)).ToHaveAttributeAsync("data-state", "skipped");
        await Assertions.Expect(second.Locator("[data-progress-live]")).ToContainTextAsync("another tab");
    }

    [Fact]
    public async Task A_corrupt_stored_value_is_backed_up_what_can_be_read_is_kept_and_the_visitor_is_told()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var (kept, lost) = (SectionItems[0].Id, SectionItems[1].Id);
        var key = await page.StorageKeyAsync();
        // Truncated mid-write: not JSON any more.
        var damaged = $"{{\"version\":1,\"states\":{{\"{kept}\":\"done\",\"{lost}\":\"in-pro";
        await page.EvaluateAsync("([key, value]) => localStorage.setItem(key, value)", new[] { key, damaged });

        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await Assertions.Expect(page.Locator("[data-progress-notice]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-progress-notice]")).ToContainTextAsync("could not be read");
        Assert.True(await page.Check(kept).IsCheckedAsync());
        var stored = await page.StoredAsync();
        Assert.Equal("done", stored.States[kept]);
        var backups = await page.EvaluateAsync<string[]>(
            "key => Object.keys(localStorage).filter(k => k.startsWith(key + '.backup.')).map(k => localStorage.getItem(k))", key);
        Assert.Equal([damaged], backups);

        // Recovered once: the next visit is quiet.
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(page.Locator("[data-progress-notice]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Two_sites_on_one_origin_keep_their_progress_apart()
    {
        var content = site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "roadmap.md")),
            ["site.yml"] = "site_id: another-fork\n",
        });
        var other = await site.BuildSiteAsync("fork", content);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var (first, second) = (SectionItems[0].Id, SectionItems[1].Id);
        var section = $"sections/{site.Section.Id}/";

        await page.OpenReadyAsync(site.SectionUrl);
        await page.Check(first).CheckAsync();
        await page.OpenReadyAsync(other + section);
        Assert.False(await page.Check(first).IsCheckedAsync(), "the fork sees the first site's progress");
        await page.Check(second).CheckAsync();
        await page.OpenReadyAsync(site.SectionUrl);

        Assert.True(await page.Check(first).IsCheckedAsync());
        Assert.False(await page.Check(second).IsCheckedAsync(), "the first site sees the fork's progress");
        var keys = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage).sort()");
        Assert.Contains("/roadmap/:backend-roadmap:progress", keys);
        Assert.Contains("/roadmap/fork/:another-fork:progress", keys);
    }

    [Fact]
    public async Task A_renamed_topic_that_keeps_its_old_id_as_an_alias_keeps_its_progress_and_a_removed_one_is_listed()
    {
        const string before = """
            # Tiny roadmap

            ## Basics

            - [ ] Topic A {#topic-a}
            - [ ] Topic B {#topic-b}
            - [ ] Topic C {#topic-c}
            """;
        const string after = """
            # Tiny roadmap

            ## Basics

            - [ ] Topic Alpha {#topic-alpha aka=topic-a}
            - [ ] Topic B {#topic-b}
            """;
        var url = await site.BuildSiteAsync("renamed", site.NewContentFolder(new Dictionary<string, string> { ["roadmap.md"] = before, ["site.yml"] = "site_id: tiny\n" }));
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(url + "sections/basics/");
        await page.Check("topic-a").CheckAsync();
        await page.SetStateAsync("topic-c", "in-progress");

        await site.BuildSiteAsync("renamed", site.NewContentFolder(new Dictionary<string, string> { ["roadmap.md"] = after, ["site.yml"] = "site_id: tiny\n" }));
        await page.OpenReadyAsync(url + "sections/basics/");

        await Assertions.Expect(page.Check("topic-alpha")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".page-header [data-progress-done]")).ToHaveTextAsync("1");
        var stored = await page.StoredAsync();
        Assert.Equal("done", stored.States["topic-alpha"]);
        Assert.Equal("in-progress", stored.States["topic-c"]);
        Assert.False(stored.States.ContainsKey("topic-a"), "the old id was moved, not copied: " + stored.Describe());

        await page.OpenProgressDialogAsync();
        var orphans = page.Locator("[data-orphan-list] li");
        await Assertions.Expect(orphans).ToHaveCountAsync(1);
        await Assertions.Expect(orphans).ToContainTextAsync("topic-c");
    }

    [Fact]
    public async Task Orphaned_progress_is_listed_and_can_be_restored_to_a_topic_or_cleared()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var target = SectionItems[0].Id;
        var key = await page.StorageKeyAsync();
        await page.EvaluateAsync(
            "key => localStorage.setItem(key, JSON.stringify({ version: 1, states: { 'gone-topic': 'done', 'old-topic': 'skipped' }, notes: { 'gone-topic': 'read the book' } }))",
            key);
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await page.OpenProgressDialogAsync();
        var orphans = page.Locator("[data-orphan-list] li");
        await Assertions.Expect(orphans).ToHaveCountAsync(2);
        await Assertions.Expect(orphans.Nth(0)).ToContainTextAsync("gone-topic");
        await Assertions.Expect(orphans.Nth(0)).ToContainTextAsync("with a note");

        await orphans.Nth(0).Locator("input").FillAsync(target);
        await orphans.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Restore progress of gone-topic" }).ClickAsync();
        await Assertions.Expect(orphans).ToHaveCountAsync(1);
        await orphans.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Clear the progress kept for old-topic" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-orphans]")).ToBeHiddenAsync();

        var stored = await page.StoredAsync();
        Assert.Equal(new Dictionary<string, string> { [target] = "done" }, stored.States);
        Assert.Equal("read the book", stored.Notes[target]);
        await page.Locator("[data-dialog-close]").ClickAsync();
        await Assertions.Expect(page.Check(target)).ToBeCheckedAsync();
        await Assertions.Expect(page.Row(target).Locator(".tree-item__my-note")).ToContainTextAsync("read the book");
    }
}
