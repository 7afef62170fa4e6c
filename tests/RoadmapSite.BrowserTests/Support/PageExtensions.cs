using Microsoft.Playwright;

namespace RoadmapSite.BrowserTests.Support;

internal static class PageExtensions
{
    /// <summary>Opens a page and waits for the network to settle, so module scripts and their fetches have run.</summary>
    public static async Task OpenAsync(this IPage page, string url, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response is not null, $"no response for {url}");
        Assert.True(response.Status == expectedStatus, $"{url} answered {response.Status}, expected {expectedStatus}");
    }

    public static Task<string?> ThemeAsync(this IPage page) => page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-theme')");

    public static async Task<double[]> ViewBoxAsync(this ILocator svg)
    {
        var value = await svg.GetAttributeAsync("viewBox") ?? "";
        return [.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => double.Parse(part, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
