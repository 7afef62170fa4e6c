using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

/// <summary>Writes screenshots for a human to look at (CI keeps them as artifacts); it checks only that they were taken.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_type_is_screenshotted_at_1280_390_and_360_px_in_light_and_dark()
    {
        Directory.CreateDirectory(site.ScreenshotDirectory);
        var written = new List<string>();
        foreach (var width in new[] { 1280, 390, 360 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var context = await site.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = 800 },
                    ColorScheme = scheme,
                });
                var page = await context.NewPageAsync();
                foreach (var (name, url) in site.PageTypes)
                {
                    // The search page with results is the one worth looking at.
                    var address = name == "search" ? url + "?q=" + Uri.EscapeDataString(site.Section.Items[0].Value) : url;
                    await page.OpenAsync(address, url == site.NotFoundUrl ? 404 : 200);
                    var file = Path.Combine(site.ScreenshotDirectory, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    written.Add(file);
                }
            }
        }

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 0, file));
    }

    [Fact]
    public async Task The_header_the_progress_dialog_and_search_are_screenshotted_at_1280_and_390_px_in_light_and_dark()
    {
        Directory.CreateDirectory(site.ScreenshotDirectory);
        var written = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var context = await site.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = 844 },
                    ColorScheme = scheme,
                });
                var page = await context.NewPageAsync();
                string File(string what) => Path.Combine(site.ScreenshotDirectory, $"{what}-{width}-{scheme.ToString().ToLowerInvariant()}.png");

                await page.OpenReadyAsync(site.SectionUrl);
                await page.Check(site.Section.Items[1].Key).CheckAsync();
                await page.Locator(".tree__toolbar").EvaluateAsync("e => e.scrollIntoView()");
                await page.ScreenshotAsync(new() { Path = File("checklist") });
                written.Add(File("checklist"));
                await page.EvaluateAsync("() => window.scrollTo(0, 0)");
                await page.Locator(".site-header").ScreenshotAsync(new() { Path = File("header") });
                written.Add(File("header"));
                if (width < 640)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
                    await page.Locator(".site-header").ScreenshotAsync(new() { Path = File("header-menu") });
                    written.Add(File("header-menu"));
                }

                await page.OpenProgressDialogAsync();
                await page.ScreenshotAsync(new() { Path = File("dialog") });
                written.Add(File("dialog"));

                await page.OpenAsync(site.SearchUrl + "?q=databse");
                await page.Locator("[data-search-results] li").First.WaitForAsync();
                await page.ScreenshotAsync(new() { Path = File("search-typo") });
                written.Add(File("search-typo"));
            }
        }

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 0, file));
    }
    /// <summary>
    /// The README's pictures of the map (scripts/screenshots.sh writes them into docs/screenshots): the index with some
    /// progress, at 1280 px with a topic's panel open and at 390 px, light and dark. Viewport-sized, not whole pages,
    /// so the committed files stay small.
    /// </summary>
    [Fact]
    public async Task The_map_is_screenshotted_for_the_readme_at_1280_and_390_px_in_light_and_dark()
    {
        Directory.CreateDirectory(site.ScreenshotDirectory);
        var written = new List<string>();
        var items = RoadmapData.Trackable(site.OutputDirectory);
        var parent = items.First(item => item.HasChildren);
        foreach (var width in new[] { 1280, 390 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var context = await site.NewContextAsync(new BrowserNewContextOptions
                {
                    ViewportSize = new ViewportSize { Width = width, Height = width > 600 ? 800 : 844 },
                    ColorScheme = scheme,
                });
                var page = await context.NewPageAsync();
                await page.OpenReadyAsync(site.SectionUrl);
                foreach (var item in items.Where(item => item.Section == site.Section.Id).Take(3))
                {
                    await page.Check(item.Id).CheckAsync();
                }

                await page.OpenReadyAsync(site.HomeUrl);
                await page.Locator(".overview-graph").EvaluateAsync("e => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 8)");
                var file = Path.Combine(site.ScreenshotDirectory, $"map-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                if (width > 600)
                {
                    await page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}']").ClickAsync();
                    await page.Locator("dialog.topic-panel").WaitForAsync();
                }

                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
                written.Add(file);
            }
        }

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 0, file));
    }
}
