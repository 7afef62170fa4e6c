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
