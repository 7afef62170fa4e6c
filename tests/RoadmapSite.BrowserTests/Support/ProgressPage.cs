using System.Text.Json;
using Microsoft.Playwright;

namespace RoadmapSite.BrowserTests.Support;

/// <summary>What the progress tests do on a page: wait for the scripts, set states, read what is stored.</summary>
internal static class ProgressPage
{
    /// <summary>Opens a page and waits until roadmap.json is in and the progress scripts are wired ("next up" is set).</summary>
    public static async Task OpenReadyAsync(this IPage page, string url)
    {
        await page.OpenAsync(url);
        await page.WaitForSelectorAsync("[data-next-up]:not([hidden])", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    public static ILocator Check(this IPage page, string id) => page.Locator($"input.item-check[data-item-id='{id}']");

    public static ILocator Row(this IPage page, string id) => page.Locator($"li[data-item-id='{id}']");

    public static async Task SetStateAsync(this IPage page, string id, string state)
    {
        await page.Locator($"button.item-state[data-item-id='{id}']").ClickAsync();
        await page.Locator($".state-menu [data-state='{state}']").ClickAsync();
    }

    public static Task<string?> StateAsync(this IPage page, string id) =>
        page.Row(id).GetAttributeAsync("data-state");

    public static Task<string> StorageKeyAsync(this IPage page, string name = "progress") =>
        page.EvaluateAsync<string>("name => document.documentElement.dataset.storageNamespace + ':' + name", name);

    /// <summary>The stored progress value, parsed; an empty document when nothing is stored.</summary>
    public static async Task<StoredProgress> StoredAsync(this IPage page)
    {
        var key = await page.StorageKeyAsync();
        var text = await page.EvaluateAsync<string?>("key => localStorage.getItem(key)", key);
        return StoredProgress.Parse(text);
    }

    public static async Task OpenProgressDialogAsync(this IPage page)
    {
        await page.Locator("[data-progress-open]").ClickAsync();
        await page.Locator("[data-progress-dialog][open]").WaitForAsync();
    }
}

/// <summary>The states and notes of a stored or exported progress value.</summary>
internal sealed record StoredProgress(IReadOnlyDictionary<string, string> States, IReadOnlyDictionary<string, string> Notes)
{
    public static StoredProgress Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new(new Dictionary<string, string>(), new Dictionary<string, string>());
        }

        using var document = JsonDocument.Parse(json);
        return new(Read(document.RootElement, "states"), Read(document.RootElement, "notes"));
    }

    private static SortedDictionary<string, string> Read(JsonElement root, string field) =>
        root.TryGetProperty(field, out var map)
            ? new(map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    public string Describe() =>
        string.Join(", ", States.Select(pair => $"{pair.Key}={pair.Value}")) + " | notes: " + string.Join(", ", Notes.Select(pair => $"{pair.Key}={pair.Value}"));
}
