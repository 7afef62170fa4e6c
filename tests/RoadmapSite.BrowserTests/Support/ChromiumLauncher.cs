using Microsoft.Playwright;

namespace RoadmapSite.BrowserTests.Support;

/// <summary>
/// Finds a Chromium to drive: the one named by PLAYWRIGHT_CHROMIUM_EXECUTABLE, a system Chromium (Debian's package
/// in CI), else one installed by Playwright on a developer's machine. Nothing is downloaded: there is no network here.
/// </summary>
internal static class ChromiumLauncher
{
    public const string ExecutableVariable = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";

    public const string NotFoundMessage = "No Chromium found. Install it with: apt-get update && apt-get install -y chromium";

    private static readonly string[] SystemExecutables = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    // No sandbox: CI runs as root in a container. The rest keeps Chromium from calling home, so the
    // "no request to another host" checks see only the site's own traffic.
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var failures = new List<string>();
        var named = Environment.GetEnvironmentVariable(ExecutableVariable);
        IEnumerable<string?> candidates = string.IsNullOrWhiteSpace(named)
            ? [.. SystemExecutables.Where(File.Exists), null]
            : [named];

        foreach (var executable in candidates)
        {
            try
            {
                return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = executable,
                    Headless = true,
                    Args = Arguments,
                });
            }
            catch (PlaywrightException exception)
            {
                failures.Add($"{executable ?? "Playwright's own Chromium"}: {FirstLine(exception.Message)}");
            }
        }

        // A missing browser must fail the run, not skip it: a skipped browser suite reads as a green build.
        throw new InvalidOperationException(NotFoundMessage + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
