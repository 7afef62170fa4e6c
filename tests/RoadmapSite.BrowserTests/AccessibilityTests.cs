using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    [Fact]
    public Task Index_section_and_tree_pages_have_no_serious_axe_violation_in_light_mode() => ScanAsync(ColorScheme.Light);

    [Fact]
    public Task Index_section_and_tree_pages_have_no_serious_axe_violation_in_dark_mode() => ScanAsync(ColorScheme.Dark);

    [Theory]
    [InlineData("light", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("light", 390)]
    public async Task A_topic_panel_opened_from_the_map_has_no_serious_axe_violation(string scheme, int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
        });
        var page = await context.NewPageAsync();
        // A topic with subtopics, so the panel shows every part it has.
        var parent = RoadmapData.Trackable(site.OutputDirectory).First(item => item.HasChildren);
        await page.OpenAsync(site.HomeUrl + "#topic=" + Uri.EscapeDataString(parent.Id));
        await Assertions.Expect(page.Locator("dialog.topic-panel")).ToBeVisibleAsync();

        var result = await page.RunAxe();
        var report = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"[{v.Impact}] {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}")));
        Assert.True(!report.Any(), $"axe with the topic panel open ({scheme}, {width} px):\n" + string.Join("\n", report));
    }

    private async Task ScanAsync(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        var report = new List<string>();

        foreach (var url in new[] { site.HomeUrl, site.SectionUrl, site.TreeUrl })
        {
            await page.OpenAsync(url);
            var result = await page.RunAxe();
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                report.Add($"{url} [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
                foreach (var node in violation.Nodes.Take(5))
                {
                    var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message);
                    report.Add($"    {node.Target} {node.Html}\n      {string.Join("; ", checks)}");
                }
            }
        }

        Assert.True(report.Count == 0, $"axe found serious or critical violations ({scheme}):\n" + string.Join("\n", report));
    }
}
