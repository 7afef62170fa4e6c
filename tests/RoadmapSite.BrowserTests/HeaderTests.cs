using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HeaderTests(SiteFixture site)
{
    // The header's boxes: its height and each control's rectangle within it, rounded to whole pixels.
    private const string Measure = """
        () => {
          const header = document.querySelector('.site-header');
          const top = header.getBoundingClientRect().top;
          const box = (e) => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top - top), Math.round(r.width), Math.round(r.height)]; };
          const controls = ['.site-header__title', '#rs--site-search', '.site-nav', '[data-next-up]', '[data-progress-open]', '[data-theme-switch]']
            .map((selector) => box(document.querySelector(selector)));
          return { height: Math.round(header.getBoundingClientRect().height), controls };
        }
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(1024)]
    public async Task From_1024_px_the_header_is_one_row_and_nothing_in_it_moves_when_next_up_changes(int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.TreeUrl);
        var before = await page.EvaluateAsync<HeaderBoxes>(Measure);

        Assert.True(before.Height <= 64, $"header is {before.Height} px high at {width} px");
        var middles = before.Controls.Select(c => c[1] + (c[3] / 2.0)).ToList();
        Assert.True(middles.Max() - middles.Min() <= 6, $"header controls are not on one row: {Describe(before)}");
        Assert.True(before.Controls[1][2] >= 120, $"the search box is only {before.Controls[1][2]} px wide");

        // Done with the current "next up": a topic with another title takes its place.
        var title = await page.Locator("[data-next-up-title]").TextContentAsync();
        var id = (await page.Locator("[data-next-up]").GetAttributeAsync("href"))!.Split('#')[1];
        await page.Check(id).CheckAsync();
        await Assertions.Expect(page.Locator("[data-next-up-title]")).Not.ToHaveTextAsync(title!);
        var after = await page.EvaluateAsync<HeaderBoxes>(Measure);
        Assert.Equal(Describe(before), Describe(after));
    }

    [Fact]
    public async Task Search_is_offered_once_and_on_the_search_page_the_header_box_searches_as_you_type()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var (name, url) in site.PageTypes)
        {
            await page.OpenAsync(url, name == "404" ? 404 : 200);
            Assert.Equal(0, await page.Locator("header nav a[href$='/search/'], header button[type=submit]").CountAsync());
            Assert.Equal(1, await page.Locator("header input[type=search]").CountAsync());
        }

        await page.OpenAsync(site.SearchUrl);
        Assert.Equal(1, await page.Locator("input[type=search]").CountAsync());
        await page.Locator("#rs--site-search").PressSequentiallyAsync(site.Section.Items[0].Value);
        await Assertions.Expect(page.Locator("[data-search-results] a").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_theme_switch_shows_what_it_is_and_its_name_starts_with_that_label()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var button = page.Locator("[data-theme-switch]");

        await Assertions.Expect(button).ToHaveTextAsync("Theme: system");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: system" })).ToBeVisibleAsync();
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveTextAsync("Theme: light");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: light" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_header_is_compact_and_a_menu_button_opens_the_rest()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        var header = page.Locator(".site-header");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });

        Assert.True((await header.BoundingBoxAsync())!.Height <= 120, "the closed phone header is taller than two rows");
        await Assertions.Expect(page.Locator("#rs--site-search")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-next-up]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-progress-open]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_header_buttons_centre_their_text_in_their_box(int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        if (width < 640)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        }

        // How far the middle of each control's text is from the middle of its box, in pixels.
        var offsets = await page.EvaluateAsync<string[]>("""
            () => ['[data-site-menu-toggle]', '[data-next-up]', '[data-progress-open]', '[data-theme-switch]']
              .map((selector) => document.querySelector(selector))
              .filter((e) => e.getBoundingClientRect().height > 0)
              .map((e) => {
                const range = document.createRange();
                range.selectNodeContents(e);
                const text = range.getBoundingClientRect();
                const box = e.getBoundingClientRect();
                return `${e.className} ${((text.top + text.bottom) / 2 - (box.top + box.bottom) / 2).toFixed(1)}`;
              })
            """);

        var off = offsets.Where(entry => Math.Abs(double.Parse(entry[(entry.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)) > 1.5).ToList();
        Assert.True(off.Count == 0, $"text off centre at {width} px: " + string.Join(" | ", off));
    }

    [Fact]
    public async Task The_progress_dialog_shows_the_share_field_and_the_authors_ticks_only_when_they_apply()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.HomeUrl);
        // The default roadmap's author ticked nothing.
        Assert.Equal(0, await page.Locator(".legend .badge--author").CountAsync());
        await page.OpenProgressDialogAsync();
        var dialog = page.Locator("[data-progress-dialog]");

        await Assertions.Expect(dialog.Locator("[data-share-box]")).ToBeHiddenAsync();
        await Assertions.Expect(dialog.Locator("[data-author]")).ToBeHiddenAsync();
        await Assertions.Expect(dialog.Locator("[data-progress-summary]")).ToHaveTextAsync($"0 of {RoadmapData.Trackable(site.OutputDirectory).Count} topics done, 0 in progress, 0 skipped.");
        await Assertions.Expect(dialog.Locator("[data-storage-status]")).ToContainTextAsync("Not exported yet.");
        await dialog.Locator("[data-progress-action='share']").ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-share-box]")).ToBeVisibleAsync();

        var ticked = await site.BuildSiteAsync("author-ticks", site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = "# Ticked\n\n## Basics\n\n- [x] Done by the author {#a}\n- [ ] Open {#b}\n",
            ["site.yml"] = "site_id: author-ticks\n",
        }));
        await page.OpenReadyAsync(ticked);
        await Assertions.Expect(page.Locator(".legend .badge--author")).ToBeVisibleAsync();
        await page.OpenProgressDialogAsync();
        await Assertions.Expect(dialog.Locator("[data-author]")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("[data-author-count]")).ToContainTextAsync("The author ticked 1 topic in the Markdown.");
    }

    private static string Describe(HeaderBoxes boxes) =>
        $"height {boxes.Height}; " + string.Join(" | ", boxes.Controls.Select(c => string.Join(",", c)));

    private sealed class HeaderBoxes
    {
        public int Height { get; set; }

        public int[][] Controls { get; set; } = [];
    }
}
