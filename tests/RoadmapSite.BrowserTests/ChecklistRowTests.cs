using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ChecklistRowTests(SiteFixture site)
{
    private IReadOnlyList<TrackableItem> SectionItems =>
        [.. RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Section == site.Section.Id)];

    [Fact]
    public async Task The_state_menu_opens_upward_when_there_is_no_room_below()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var button = page.Locator($"button.item-state[data-item-id='{SectionItems[4].Id}']");
        // The row at the very bottom of the window.
        await button.EvaluateAsync("e => { e.scrollIntoView({ block: 'end' }); window.scrollBy(0, 2); }");

        await button.ClickAsync();

        var menu = (await page.Locator(".state-menu").BoundingBoxAsync())!;
        var opener = (await button.BoundingBoxAsync())!;
        Assert.True(menu.Y + menu.Height <= 800, $"the menu is cut off: its bottom is at {menu.Y + menu.Height} px of 800");
        Assert.True(menu.Y + menu.Height <= opener.Y + 1, "the menu does not open above its button");
        await Assertions.Expect(page.Locator(".state-menu [data-state='not-started']")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_rows_right_hand_column_stays_put_and_a_note_shows_below_the_description()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var id = SectionItems[1].Id;
        var row = page.Locator($"li[data-item-id='{id}'] > .tree-item__row");
        const string where = "e => [...e.querySelectorAll('.pill, .stars')].map(x => Math.round(x.getBoundingClientRect().left)).join(',')";
        var before = await row.EvaluateAsync<string>(where);

        await page.SetStateAsync(id, "in-progress");
        await page.Locator($"button.item-state[data-item-id='{id}']").FocusAsync();
        await page.Keyboard.PressAsync("e");
        await page.Locator("[data-note-dialog] textarea").FillAsync("a note of mine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();

        await Assertions.Expect(page.Locator($"button.item-state[data-item-id='{id}']")).ToContainTextAsync("In progress ✎");
        Assert.Equal(before, await row.EvaluateAsync<string>(where));
        var description = (await page.Locator($"li[data-item-id='{id}'] > .tree-item__description").BoundingBoxAsync())!;
        var note = (await page.Locator($"li[data-item-id='{id}'] > .tree-item__my-note").BoundingBoxAsync())!;
        Assert.True(note.Y >= description.Y + description.Height - 1, "the note is not below the description");
    }

    [Fact]
    public async Task On_a_phone_every_control_of_a_row_is_at_least_44_px_square()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var small = new List<string>();

        foreach (var selector in new[] { "input.item-check", "button.item-state", "summary.tree-item__toggle" })
        {
            var boxes = await page.Locator($".tree {selector}").EvaluateAllAsync<double[][]>("all => all.slice(0, 10).map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })");
            Assert.NotEmpty(boxes);
            small.AddRange(boxes.Where(b => b[0] < 44 || b[1] < 44).Select(b => $"{selector} {b[0]:0}×{b[1]:0}"));
        }

        Assert.True(small.Count == 0, "too small to tap: " + string.Join(", ", small));
        // Still compact: the title's line and the line of its difficulty, stars and state, no taller than two targets.
        var height = await page.Locator($"li[data-item-id='{SectionItems[1].Id}'] > .tree-item__row").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(height <= 88, $"a row is {height:0} px high");
        await page.Check(SectionItems[1].Id).TapAsync();
        await Assertions.Expect(page.Check(SectionItems[1].Id)).ToBeCheckedAsync();
    }
}
