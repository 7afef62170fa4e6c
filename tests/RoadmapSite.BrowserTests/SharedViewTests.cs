using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SharedViewTests(SiteFixture site)
{
    private IReadOnlyList<TrackableItem> SectionItems =>
        [.. RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Section == site.Section.Id)];

    private static async Task WriteNoteAsync(IPage page, string id, string text)
    {
        await page.Locator($"button.item-state[data-item-id='{id}']").FocusAsync();
        await page.Keyboard.PressAsync("e");
        await page.Locator("[data-note-dialog] textarea").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
    }

    [Fact]
    public async Task A_shared_view_stays_on_every_page_the_recipient_visits_and_shows_only_the_sharers_states_and_notes()
    {
        var (done, busy, mine) = (SectionItems[0].Id, SectionItems[1].Id, SectionItems[3].Id);
        string compact;
        string withNotes;
        await using (var sharer = await site.NewContextAsync())
        {
            var page = await sharer.NewPageAsync();
            await page.OpenReadyAsync(site.SectionUrl);
            await page.Check(done).CheckAsync();
            await page.SetStateAsync(busy, "in-progress");
            await WriteNoteAsync(page, busy, "the sharer's note");
            await page.OpenProgressDialogAsync();
            await page.Locator("[data-progress-action='share']").ClickAsync();
            compact = await page.Locator("[data-share-output]").InputValueAsync();
            await page.GetByLabel("Include my notes in the share link").CheckAsync();
            await page.Locator("[data-progress-action='share']").ClickAsync();
            await Assertions.Expect(page.Locator("[data-share-output]")).Not.ToHaveValueAsync(compact);
            withNotes = await page.Locator("[data-share-output]").InputValueAsync();
        }

        // Without notes the link is the states only: version, fingerprint, states.
        Assert.Equal(3, compact[(compact.IndexOf('=', StringComparison.Ordinal) + 1)..].Split('.').Length);
        Assert.StartsWith(compact, withNotes, StringComparison.Ordinal);

        await using var recipient = await site.NewContextAsync();
        var other = await recipient.NewPageAsync();
        await other.OpenReadyAsync(site.SectionUrl);
        await other.Check(mine).CheckAsync();
        await WriteNoteAsync(other, done, "the recipient's own note");
        var own = await other.StoredAsync();

        await other.OpenReadyAsync(withNotes);
        var banner = other.Locator("[data-share-banner]");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        // Into a section by a link, as a visitor would.
        await other.Locator($".section-card a[href$='/sections/{site.Section.Id}/']").ClickAsync();
        await other.WaitForURLAsync($"**/sections/{site.Section.Id}/");
        await other.WaitForSelectorAsync("[data-next-up]:not([hidden])", new() { State = WaitForSelectorState.Attached });

        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner.GetByRole(AriaRole.Button, new() { Name = "Import into mine" })).ToBeVisibleAsync();
        await Assertions.Expect(other.Check(done)).ToBeCheckedAsync();
        await Assertions.Expect(other.Check(done)).ToBeDisabledAsync();
        Assert.Equal("in-progress", await other.StateAsync(busy));
        Assert.False(await other.Check(mine).IsCheckedAsync(), "the recipient's own tick shows in the shared view");
        await Assertions.Expect(other.Row(busy).Locator(":scope > .tree-item__my-note")).ToContainTextAsync("the sharer's note");
        await Assertions.Expect(other.Row(done).Locator(":scope > .tree-item__my-note")).ToHaveCountAsync(0);
        await Assertions.Expect(other.Locator(".page-header [data-progress-done]")).ToHaveTextAsync("1");

        await other.OpenReadyAsync(site.TreeUrl);
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(other.Check(done)).ToBeCheckedAsync();
        Assert.Equal(own, await other.StoredAsync(), new StoredComparer());

        await banner.GetByRole(AriaRole.Button, new() { Name = "Leave shared view" }).ClickAsync();
        await Assertions.Expect(banner).ToBeHiddenAsync();
        await Assertions.Expect(other.Check(mine)).ToBeCheckedAsync();
        await Assertions.Expect(other.Row(done).Locator(":scope > .tree-item__my-note")).ToContainTextAsync("the recipient's own note");
        await other.OpenReadyAsync(site.SectionUrl);
        await Assertions.Expect(banner).ToBeHiddenAsync();
        await Assertions.Expect(other.Check(mine)).ToBeCheckedAsync();
        Assert.False(await other.Check(done).IsCheckedAsync());
    }

    private sealed class StoredComparer : IEqualityComparer<StoredProgress>
    {
        public bool Equals(StoredProgress? x, StoredProgress? y) =>
            x is not null && y is not null && x.States.SequenceEqual(y.States) && x.Notes.SequenceEqual(y.Notes);

        public int GetHashCode(StoredProgress obj) => obj.States.Count;
    }
}
