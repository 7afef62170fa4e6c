using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ResponsiveLayoutTests(SiteFixture site)
{
    // Names what sticks out, so a failure says which element to fix.
    private const string Overflow = """
        () => {
          const root = document.documentElement;
          const wide = [...document.body.querySelectorAll('*')]
            .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 5)
            .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
        }
        """;

    [Fact]
    public async Task At_360_px_wide_the_index_section_and_tree_pages_do_not_scroll_sideways()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 } });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var url in new[] { site.HomeUrl, site.SectionUrl, site.TreeUrl })
        {
            await page.OpenAsync(url);
            var overflow = await page.EvaluateAsync<OverflowReport>(Overflow);
            if (overflow.ScrollWidth > overflow.ClientWidth)
            {
                failures.Add($"{url}: scrollWidth {overflow.ScrollWidth} > clientWidth {overflow.ClientWidth}; sticking out: {string.Join(", ", overflow.Wide)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private sealed class OverflowReport
    {
        public int ScrollWidth { get; set; }

        public int ClientWidth { get; set; }

        public string[] Wide { get; set; } = [];
    }
}
