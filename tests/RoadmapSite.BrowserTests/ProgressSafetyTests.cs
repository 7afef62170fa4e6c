using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

/// <summary>Progress is never lost without the visitor knowing: full storage, two tabs, odd ids, eviction.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgressSafetyTests(SiteFixture site)
{
    // progress-safety.js's REMIND_AFTER.
    private const int RemindAfter = 30;

    private IReadOnlyList<TrackableItem> SectionItems =>
        [.. RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Section == site.Section.Id)];

    [Fact]
    public async Task With_storage_full_a_tick_stays_on_the_page_an_alert_offers_export_and_nothing_claims_it_was_saved()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync("""
            Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
            """);
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var (ticked, imported) = (SectionItems[0], SectionItems[1]);

        await page.Check(ticked.Id).CheckAsync();

        var alert = page.Locator("[data-progress-notice]");
        await Assertions.Expect(alert).ToBeVisibleAsync();
        Assert.Equal("alert", await alert.GetAttributeAsync("role"));
        await Assertions.Expect(alert).ToContainTextAsync("cannot be saved");
        await Assertions.Expect(page.Locator("[data-progress-live]")).ToContainTextAsync("Not saved");
        await Assertions.Expect(page.Check(ticked.Id)).ToBeCheckedAsync();

        // "Export now" saves what is only in memory.
        var download = await page.RunAndWaitForDownloadAsync(() => alert.GetByRole(AriaRole.Button, new() { Name = "Export now" }).ClickAsync());
        var exported = StoredProgress.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal("done", exported.States[ticked.Id]);

        // An import is not reported as merged when nothing could be stored.
        await page.OpenProgressDialogAsync();
        var file = $"{{\"format\":\"roadmap-site-progress\",\"version\":1,\"states\":{{\"{imported.Id}\":\"done\"}},\"notes\":{{}}}}";
        await page.Locator("[data-import-file]").SetInputFilesAsync(new FilePayload { Name = "p.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(file) });
        await page.Locator("[data-progress-action='import-apply']").ClickAsync();
        var status = page.Locator("[data-progress-status]");
        await Assertions.Expect(status).ToContainTextAsync("could not be saved");
        await Assertions.Expect(status).Not.ToContainTextAsync("merged into yours");
        await Assertions.Expect(page.Locator("[data-storage-status]")).ToContainTextAsync("cannot be saved");
        Assert.Empty((await page.StoredAsync()).States);
    }

    [Fact]
    public async Task Ticks_made_in_two_tabs_at_the_same_moment_are_all_kept()
    {
        await using var context = await site.NewContextAsync();
        var first = await context.NewPageAsync();
        var second = await context.NewPageAsync();
        await first.OpenReadyAsync(site.SectionUrl);
        await second.OpenReadyAsync(site.SectionUrl);
        const string click = "id => document.querySelector(`input.item-check[data-item-id=\"${id}\"]`).click()";
        var ids = SectionItems.Take(6).Select(item => item.Id).ToList();

        // Three times, each tab ticks its own topic in the same instant.
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(first.EvaluateAsync(click, ids[2 * round]), second.EvaluateAsync(click, ids[(2 * round) + 1]));
        }

        foreach (var page in new[] { first, second })
        {
            foreach (var id in ids)
            {
                await Assertions.Expect(page.Check(id)).ToBeCheckedAsync();
            }
        }

        var third = await context.NewPageAsync();
        await third.OpenReadyAsync(site.SectionUrl);
        var stored = await third.StoredAsync();
        Assert.True(ids.All(id => stored.States.GetValueOrDefault(id) == "done"), "stored: " + stored.Describe());
    }

    [Fact]
    public async Task Topics_named_like_object_prototype_members_start_empty_and_keep_their_states_in_storage_share_links_and_imports()
    {
        const string roadmap = """
            # Prototype roadmap

            ## Basics

            - [ ] Constructor
            - [ ] toString {#toString}
            - [ ] hasOwnProperty {#hasOwnProperty}
            - [ ] Value of {#valueOf}
            - [ ] Plain topic
            """;
        var url = await site.BuildSiteAsync("proto", site.NewContentFolder(new Dictionary<string, string> { ["roadmap.md"] = roadmap, ["site.yml"] = "site_id: proto\n" })) + "sections/basics/";
        string[] ids = ["constructor", "toString", "hasOwnProperty", "valueOf"];
        string link;
        await using (var context = await site.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await page.OpenReadyAsync(url);
            foreach (var id in ids)
            {
                Assert.Null(await page.StateAsync(id));
                Assert.False(await page.Check(id).IsCheckedAsync(), id);
            }

            Assert.Equal(0, await page.Locator(".tree-item__my-note").CountAsync());
            Assert.DoesNotContain("native code", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

            await page.Check("constructor").CheckAsync();
            await page.SetStateAsync("toString", "in-progress");
            await page.Locator("button.item-state[data-item-id='hasOwnProperty']").FocusAsync();
            await page.Keyboard.PressAsync("e");
            await page.Locator("[data-note-dialog] textarea").FillAsync("own note");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
            await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });

            await Assertions.Expect(page.Check("constructor")).ToBeCheckedAsync();
            Assert.Equal("in-progress", await page.StateAsync("toString"));
            Assert.Null(await page.StateAsync("valueOf"));
            await Assertions.Expect(page.Row("hasOwnProperty").Locator(".tree-item__my-note")).ToHaveTextAsync("My note: own note");
            var stored = await page.StoredAsync();
            Assert.Equal("done", stored.States["constructor"]);
            Assert.Equal("own note", stored.Notes["hasOwnProperty"]);

            await page.OpenProgressDialogAsync();
            await page.Locator("[data-progress-action='share']").ClickAsync();
            link = await page.Locator("[data-share-output]").InputValueAsync();
        }

        await using var fresh = await site.NewContextAsync();
        var other = await fresh.NewPageAsync();
        await other.OpenReadyAsync(link);
        await other.OpenReadyAsync(url);
        await Assertions.Expect(other.Check("constructor")).ToBeCheckedAsync();
        Assert.Equal("in-progress", await other.StateAsync("toString"));
        Assert.Null(await other.StateAsync("hasOwnProperty"));
        await other.GetByRole(AriaRole.Button, new() { Name = "Leave shared view" }).ClickAsync();

        await other.OpenProgressDialogAsync();
        await other.Locator("[data-import-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "p.json",
            MimeType = "application/json",
            Buffer = """{"format":"roadmap-site-progress","version":1,"states":{"valueOf":"skipped","hasOwnProperty":"done"},"notes":{"constructor":"imported note"}}"""u8.ToArray(),
        });
        await Assertions.Expect(other.Locator("[data-import-summary]")).ToContainTextAsync("This would mark 1 topic done and 1 topic skipped. It would also change 1 note.");
        await other.Locator("[data-progress-action='import-apply']").ClickAsync();
        var imported = await other.StoredAsync();
        Assert.Equal("skipped", imported.States["valueOf"]);
        Assert.Equal("done", imported.States["hasOwnProperty"]);
        Assert.Equal("imported note", imported.Notes["constructor"]);
    }

    [Fact]
    public async Task The_first_saved_change_asks_for_persistent_storage_and_the_dialog_says_whether_it_is()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync("""
            window.persistCalls = 0;
            let granted = false;
            StorageManager.prototype.persisted = async () => granted;
            StorageManager.prototype.persist = async () => { window.persistCalls++; granted = true; return true; };
            """);
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        await page.OpenProgressDialogAsync();
        await Assertions.Expect(page.Locator("[data-storage-status]")).ToContainTextAsync("Storage is not persistent");
        await page.Locator("[data-dialog-close]").ClickAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.persistCalls"));

        await page.Check(SectionItems[0].Id).CheckAsync();
        await page.WaitForFunctionAsync("() => window.persistCalls === 1");
        await page.Check(SectionItems[1].Id).CheckAsync();

        await page.OpenProgressDialogAsync();
        await Assertions.Expect(page.Locator("[data-storage-status]")).ToContainTextAsync("Storage is persistent");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.persistCalls"));
    }

    [Fact]
    public async Task After_many_changes_without_an_export_one_quiet_reminder_offers_an_export()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var key = await page.StorageKeyAsync("progress.exports");
        await page.EvaluateAsync("([key, count]) => localStorage.setItem(key, JSON.stringify({ changes: count }))", new object[] { key, RemindAfter - 2 });
        var reminder = page.Locator("[data-export-reminder]");

        await page.Check(SectionItems[0].Id).CheckAsync();
        await Assertions.Expect(page.Locator("[data-progress-live]")).ToContainTextAsync("done");
        await Assertions.Expect(reminder).ToBeHiddenAsync();
        await page.Check(SectionItems[1].Id).CheckAsync();

        await Assertions.Expect(reminder).ToBeVisibleAsync();
        Assert.Equal("status", await reminder.GetAttributeAsync("role"));
        await Assertions.Expect(reminder).ToContainTextAsync($"{RemindAfter} changes since your last export");
        await reminder.GetByRole(AriaRole.Button, new() { Name = "Not now" }).ClickAsync();
        await Assertions.Expect(reminder).ToBeHiddenAsync();

        // Once: neither more changes nor another page bring it back.
        await page.Check(SectionItems[2].Id).CheckAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        await page.Check(SectionItems[3].Id).CheckAsync();
        await Assertions.Expect(page.Locator("[data-progress-live]")).ToContainTextAsync("done");
        await Assertions.Expect(reminder).ToBeHiddenAsync();

        // An export starts the count again.
        await page.OpenProgressDialogAsync();
        await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-progress-action='export']").ClickAsync());
        Assert.Contains("\"changes\":0", await page.EvaluateAsync<string>("key => localStorage.getItem(key)", key), StringComparison.Ordinal);
    }
}
