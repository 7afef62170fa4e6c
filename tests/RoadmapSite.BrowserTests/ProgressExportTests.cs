using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;
using RoadmapSite.Parsing;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProgressExportTests(SiteFixture site)
{
    private IReadOnlyList<TrackableItem> Items => RoadmapData.Trackable(site.OutputDirectory);

    private IReadOnlyList<TrackableItem> SectionItems => [.. Items.Where(item => item.Section == site.Section.Id)];

    /// <summary>Opens the section page and leaves its first three topics done, in progress and skipped.</summary>
    private async Task MarkOneOfEachStateAsync(IPage page)
    {
        await page.OpenReadyAsync(site.SectionUrl);
        await page.Check(SectionItems[0].Id).CheckAsync();
        await page.SetStateAsync(SectionItems[1].Id, "in-progress");
        await page.SetStateAsync(SectionItems[2].Id, "skipped");
    }

    [Fact]
    public async Task A_json_export_imported_in_a_fresh_browser_gives_the_same_progress_and_notes()
    {
        string file;
        StoredProgress original;
        await using (var context = await site.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await MarkOneOfEachStateAsync(page);
            await page.Locator($"button.item-state[data-item-id='{SectionItems[1].Id}']").ClickAsync();
            await page.Locator(".state-menu [data-action='note']").ClickAsync();
            await page.Locator("[data-note-dialog] textarea").FillAsync("Ask about this at the meetup");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
            original = await page.StoredAsync();

            await page.OpenProgressDialogAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-progress-action='export']").ClickAsync());
            file = Path.Combine(site.OutputDirectory, "..", "export-" + Guid.NewGuid().ToString("N")[..8] + ".json");
            await download.SaveAsAsync(file);
            Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        }

        Assert.Equal(3, original.States.Count);
        Assert.Single(original.Notes);
        await using var fresh = await site.NewContextAsync();
        var other = await fresh.NewPageAsync();
        await other.OpenReadyAsync(site.SectionUrl);
        await other.OpenProgressDialogAsync();
        await other.Locator("[data-import-file]").SetInputFilesAsync(file);
        await Assertions.Expect(other.Locator("[data-import-summary]")).ToContainTextAsync("This would mark 1 topic done, 1 topic in progress, and 1 topic skipped. It would also change 1 note.");
        await other.Locator("[data-progress-action='import-apply']").ClickAsync();

        var imported = await other.StoredAsync();
        Assert.Equal(original.States, imported.States);
        Assert.Equal(original.Notes, imported.Notes);
        await other.Locator("[data-dialog-close]").ClickAsync();
        await Assertions.Expect(other.Check(SectionItems[0].Id)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task An_invalid_import_file_is_refused_with_a_message_and_changes_nothing()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        await page.Check(SectionItems[0].Id).CheckAsync();
        await page.OpenProgressDialogAsync();

        await page.Locator("[data-import-file]").SetInputFilesAsync(new FilePayload { Name = "notes.json", MimeType = "application/json", Buffer = "{\"hello\":1}"u8.ToArray() });

        await Assertions.Expect(page.Locator("[data-import-error]")).ToContainTextAsync("not a progress file");
        await Assertions.Expect(page.Locator("[data-import-preview]")).ToBeHiddenAsync();
        Assert.Single((await page.StoredAsync()).States);
    }

    [Fact]
    public async Task The_share_link_is_compact_and_opens_the_progress_read_only_with_import_into_mine()
    {
        string link;
        StoredProgress original;
        await using (var context = await site.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await MarkOneOfEachStateAsync(page);
            original = await page.StoredAsync();
            await page.OpenProgressDialogAsync();
            await page.Locator("[data-progress-action='share']").ClickAsync();
            link = await page.Locator("[data-share-output]").InputValueAsync();

            // Worst case, every topic set: 1,000 topics still fit well under 2,000 characters.
            var shareModule = (await File.ReadAllTextAsync(Path.Combine(site.OutputDirectory, "offline-manifest.json")))
                .Split('"').Single(part => part.Contains("/share-link.", StringComparison.Ordinal));
            var length = await page.EvaluateAsync<int>(
                "async url => { const m = await import(url); const ids = Array.from({ length: 1000 }, (_, i) => 'topic-number-' + i); return m.encodeShare(ids, () => 'skipped').length; }",
                shareModule);
            Assert.True(length < 2000 - 100, $"1,000 topics take {length} characters");
        }

        Assert.StartsWith(site.HomeUrl + "#progress=", link, StringComparison.Ordinal);
        await using var fresh = await site.NewContextAsync();
        var other = await fresh.NewPageAsync();
        await other.OpenReadyAsync(site.HomeUrl);
        await other.OpenReadyAsync(link.Replace(site.HomeUrl, site.SectionUrl, StringComparison.Ordinal));

        await Assertions.Expect(other.Locator("[data-share-banner]")).ToBeVisibleAsync();
        await Assertions.Expect(other.Check(SectionItems[0].Id)).ToBeCheckedAsync();
        await Assertions.Expect(other.Check(SectionItems[0].Id)).ToBeDisabledAsync();
        Assert.Equal("in-progress", await other.StateAsync(SectionItems[1].Id));
        Assert.Equal("skipped", await other.StateAsync(SectionItems[2].Id));
        Assert.Empty((await other.StoredAsync()).States);

        await other.GetByRole(AriaRole.Button, new() { Name = "Import into mine" }).ClickAsync();
        await Assertions.Expect(other.Locator("[data-share-banner]")).ToBeHiddenAsync();
        Assert.Equal(original.States, (await other.StoredAsync()).States);
        await Assertions.Expect(other.Check(SectionItems[0].Id)).ToBeEnabledAsync();
    }

    [Theory]
    [InlineData("default")]
    [InlineData("tricky")]
    [InlineData("bom")]
    public async Task The_markdown_download_ticks_exactly_the_done_topics_and_is_otherwise_the_published_source(string which)
    {
        // "bom": the tricky roadmap saved with a UTF-8 byte order mark, which the download must give back too.
        var markdown = which == "bom" ? "\uFEFF" + TrickyRoadmap : TrickyRoadmap;
        var (url, directory) = which == "default"
            ? (site.SectionUrl, site.OutputDirectory)
            : (await site.BuildSiteAsync(which, site.NewContentFolder(new Dictionary<string, string> { ["roadmap.md"] = markdown, ["site.yml"] = $"site_id: {which}\n" })) + "sections/grundlagen/",
                Path.Combine(site.OutputDirectory, which));
        var items = RoadmapData.Trackable(directory);
        var onPage = items.Where(item => item.Section == items[0].Section).ToList();
        var done = new[] { onPage[0], onPage[3] };
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(url);
        foreach (var item in done)
        {
            await page.Check(item.Id).CheckAsync();
        }

        await page.SetStateAsync(onPage[1].Id, "in-progress");
        await page.OpenProgressDialogAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-progress-action='markdown']").ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        var source = await File.ReadAllTextAsync(Path.Combine(directory, RoadmapData.MarkdownParts(directory).Single()));

        var parsed = RoadmapParser.Parse("roadmap.md", text);
        var checkedIds = parsed.AllItems().Where(item => item.Trackable && item.Checked).Select(item => item.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(done.Select(item => item.Id).Order(StringComparer.Ordinal), checkedIds);
        Assert.Equal(source.Length, text.Length);
        Assert.Equal(Masked(source, items), Masked(text, items));
        var sourceBytes = await File.ReadAllBytesAsync(Path.Combine(directory, RoadmapData.MarkdownParts(directory).Single()));
        var downloadBytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(sourceBytes.Length, downloadBytes.Length);
        Assert.Equal(which == "bom", sourceBytes.AsSpan().StartsWith("\uFEFF"u8));
        Assert.Equal(which == "bom", downloadBytes.AsSpan().StartsWith("\uFEFF"u8));
        if (which != "default")
        {
            // The author's own ticks are not the visitor's: unticked in the download unless the visitor did them.
            Assert.Contains(items, item => item.Checked && !done.Contains(item));
        }
    }

    [Fact]
    public async Task The_authors_ticks_are_shown_as_the_authors_and_can_be_taken_as_a_starting_point()
    {
        var url = await site.BuildSiteAsync("ticked", site.NewContentFolder(new Dictionary<string, string> { ["roadmap.md"] = TrickyRoadmap, ["site.yml"] = "site_id: ticked\n" }));
        var items = RoadmapData.Trackable(Path.Combine(site.OutputDirectory, "ticked"));
        var ticked = items.Where(item => item.Checked).Select(item => item.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ticked);
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(url + "tree/");

        foreach (var id in ticked)
        {
            Assert.False(await page.Check(id).IsCheckedAsync(), $"{id}: the author's tick was forced on the visitor");
            await Assertions.Expect(page.Row(id).Locator(".badge--author").First).ToBeVisibleAsync();
        }

        await page.OpenProgressDialogAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start from the author’s ticks" }).ClickAsync();
        Assert.Equal(ticked, (await page.StoredAsync()).States.Where(pair => pair.Value == "done").Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>Markers, an emoji before a checkbox, author ticks in both cases, '*' bullets, nesting and CRLF line ends.</summary>
    private const string TrickyRoadmap =
        "# Tricky roadmap\r\n\r\n## Grundlagen\r\n\r\n" +
        "- [x] 🟢 ⭐⭐ Überblick {#ueberblick}\r\n" +
        "  - [ ] 🔴 Tiefe 😀 Emoji {#tiefe}\r\n" +
        "  - [X] Groß geschrieben {#gross}\r\n" +
        "* [ ] 🟡 Stern-Liste {#stern}\r\n" +
        "* [ ] Noch eins {#noch-eins}\r\n\r\n" +
        "## 第二部分\r\n\r\n- [x] 学习 {#xuexi}\r\n- [ ] 练习 {#lianxi}\r\n";

    /// <summary>The text with every topic's checkbox blanked out: what must not differ at all.</summary>
    private static string Masked(string text, IReadOnlyList<TrackableItem> items)
    {
        var chars = text.ToCharArray();
        foreach (var item in items)
        {
            for (var i = item.CheckboxOffset; i < item.CheckboxOffset + item.CheckboxLength; i++)
            {
                chars[i] = '?';
            }
        }

        return new string(chars);
    }
}
