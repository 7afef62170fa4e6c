using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;
using RoadmapSite.Localization;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(SiteFixture site)
{
    private const string Roadmap = """
        # نقشهٔ راه بک‌اند

        مقدمه.

        ## پایگاه داده

        - [ ] 🟢⭐⭐ ⏱ 2h طراحی پایگاه داده: نرمال‌سازی
          - [ ] ⏱ 30m اس‌کیو‌ال
        - [ ] 🔴 ⏱ 1h ایندکس‌ها

        ## ابزارها

        - [ ] گیت
        """;

    private async Task<string> BuildAsync(string language) =>
        await site.BuildSiteAsync("lang-" + language, site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = Roadmap,
            ["site.yml"] = $"language: {language}\nsite_id: lang-{language}\n",
        }));

    [Fact]
    public async Task A_persian_site_is_right_to_left_and_its_scripts_speak_persian_with_persian_digits()
    {
        var home = await BuildAsync("fa");
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(home + "sections/%D9%BE%D8%A7%DB%8C%DA%AF%D8%A7%D9%87-%D8%AF%D8%A7%D8%AF%D9%87/");

        Assert.Equal(("fa", "rtl"), (await page.EvaluateAsync<string>("document.documentElement.lang"), await page.EvaluateAsync<string>("document.documentElement.dir")));
        await Assertions.Expect(page.Locator(".progress-button")).ToHaveTextAsync("پیشرفت");
        await Assertions.Expect(page.Locator("[data-tree-action='expand']")).ToHaveTextAsync("باز کردن همه");

        var id = await page.Locator("input.item-check").First.GetAttributeAsync("data-item-id");
        await page.Check(id!).CheckAsync();
        // Written by the scripts, from the page's strings, numbers through Intl.NumberFormat('fa').
        await Assertions.Expect(page.Locator(".page-header .progress-meter__text")).ToHaveTextAsync("۱ از ۳ انجام شد");
        await Assertions.Expect(page.Locator(".page-header [data-progress-time-text]")).ToHaveTextAsync("۱ ساعت مانده از ۳ ساعت");
        await Assertions.Expect(page.Locator("[data-progress-live]")).ToContainTextAsync("انجام‌شده");

        await page.Locator("button.item-state").Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator(".state-menu [data-state='skipped']")).ToHaveTextAsync("ردشده");
        await page.Keyboard.PressAsync("Escape");

        await page.OpenProgressDialogAsync();
        await Assertions.Expect(page.Locator("[data-progress-summary]")).ToHaveTextAsync("۱ از ۴ موضوع انجام شده، ۰ در حال انجام، ۰ ردشده.");

        var header = page.Locator(".site-header__title");
        var menu = page.Locator(".progress-button");
        // Right to left: the site's title is at the right end of the header, its controls to the left of it.
        Assert.True((await header.BoundingBoxAsync())!.X > (await menu.BoundingBoxAsync())!.X);
        Directory.CreateDirectory(site.ScreenshotDirectory);
        await page.Locator("[data-dialog-close]").ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(site.ScreenshotDirectory, "fa-section-1280.png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(site.ScreenshotDirectory, "fa-section-390.png") });
    }

    [Fact]
    public async Task A_persian_map_is_mirrored_with_its_page_roll_ups_and_meters_read_from_the_right_and_Left_goes_into_subtopics()
    {
        var home = await BuildAsync("fa");
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(home + "sections/%D9%BE%D8%A7%DB%8C%DA%AF%D8%A7%D9%87-%D8%AF%D8%A7%D8%AF%D9%87/");
        var section = page.Locator("svg.roadmap-graph a.graph-node--section");
        var parent = page.Locator("svg.roadmap-graph a.graph-node[data-item-id]:not(.graph-node--sub)").First;
        var child = page.Locator("svg.roadmap-graph a.graph-node--sub").First;
        async Task<LocatorBoundingBoxResult> Box(ILocator locator) => (await locator.BoundingBoxAsync())!;

        // The first topic hangs right of the spine, where a left-to-right map hangs it on the left.
        Assert.True((await Box(parent)).X > (await Box(section)).X + (await Box(section)).Width, "the first topic hangs right of the section");

        // The roll-up sits inside its node, at the left end; the section's meter fills from the right.
        await page.Check((await child.GetAttributeAsync("data-item-id"))!).CheckAsync();
        var rollUp = page.Locator("svg.roadmap-graph .graph-node__rollup").First;
        await Assertions.Expect(rollUp).ToHaveTextAsync("۱ از ۱");
        var (roll, box) = (await Box(rollUp), await Box(parent));
        Assert.True(roll.X >= box.X && roll.X + roll.Width <= box.X + box.Width, $"roll-up {roll.X}+{roll.Width} inside its node {box.X}+{box.Width}");
        Assert.True(roll.X < box.X + (box.Width / 2), "the roll-up is at the node's left end");
        var (meter, track) = (await Box(section.Locator(".graph-node__meter")), await Box(section.Locator(".graph-node__track")));
        Assert.True(meter.Width > 0 && meter.Width < track.Width);
        Assert.Equal(track.X + track.Width, meter.X + meter.Width, 0.5);

        // On a phone the column's subtopics are indented from the right, and Left goes into them, Right back out.
        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(page.Locator("svg.roadmap-graph.is-column")).ToHaveCountAsync(1);
        Assert.True((await Box(child)).X + (await Box(child)).Width < (await Box(parent)).X + (await Box(parent)).Width - 4, "subtopics are indented from the right");
        await parent.FocusAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(child).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(parent).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_builds_plural_rules_and_numbers_are_the_browsers_intl_for_every_shipped_language()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        double[] numbers = [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 100, 101, 103, 111, 1000, 1234, 12345, 1234567, 1000000, 0.5, 1.5, 2.5, 168];
        foreach (var language in LocaleRules.Languages)
        {
            var browser = await page.EvaluateAsync<string[][]>(
                "([lang, numbers]) => { const p = new Intl.PluralRules(lang); const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }); return numbers.map(Number).map((n) => [p.select(n), f.format(n)]); }",
                new object[] { language, numbers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray() });
            for (var i = 0; i < numbers.Length; i++)
            {
                Assert.True(browser[i][0] == LocaleRules.PluralCategory(language, numbers[i]), $"{language} {numbers[i]}: the browser says {browser[i][0]}, the build {LocaleRules.PluralCategory(language, numbers[i])}");
                Assert.True(browser[i][1] == LocaleRules.FormatNumber(language, numbers[i]), $"{language} {numbers[i]}: the browser writes {browser[i][1]}, the build {LocaleRules.FormatNumber(language, numbers[i])}");
            }
        }
    }
}
