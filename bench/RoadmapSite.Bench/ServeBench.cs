using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace RoadmapSite.Bench;

/// <summary>The <c>serve</c> loop: from saving a one-line edit of the default roadmap to the open page showing it.</summary>
public sealed record ServeResult(int Edits, Stats EditToPage, int Missed, string Command)
{
    /// <summary>Each edit's time split into its stages, in milliseconds (see <see cref="ServeBench.Stages"/>).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>> Splits { get; init; } = [];

    /// <summary>How many edits the open page showed in place, before the reload that follows.</summary>
    public int InPlace => Splits.Count(split => split.TryGetValue("seen in place", out var seen) && seen == 1);
}

public static partial class ServeBench
{
    /// <summary>
    /// The stages of one edit: the server's own figures (from <c>serve --timings</c>, when the CLI has it) and, when the
    /// edit was first seen in a reloaded page, that page's navigation timing against the moment the edit was saved (one
    /// clock: the same machine). "seen in place" counts the edits the open page showed before any reload (1 each).
    /// </summary>
    public static readonly string[] Stages =
    [
        "server: waited (watcher + debounce)", "server: read", "server: build", "server: of which publish", "server: notify",
        "seen in place", "save → navigation start", "navigation → HTML received", "HTML → DOMContentLoaded", "DOMContentLoaded → text seen",
        "requests from network", "requests from cache",
    ];

    /// <summary>
    /// Runs the published <c>roadmap-site serve</c> (or <paramref name="cli"/>) on a copy of the content, opens a
    /// section page in Chromium, then edits one topic's title again and again, timing each save until the page shows
    /// it (in place, or reloaded by live reload).
    /// </summary>
    public static async Task<ServeResult> MeasureAsync(Workspace workspace, IBrowser browser, int edits, string? cli = null)
    {
        cli ??= workspace.Cli;
        var copy = Path.Combine(workspace.Out, "serve-content");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(workspace.DefaultContent))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var roadmap = Path.Combine(copy, "roadmap.md");
        var original = await File.ReadAllTextAsync(roadmap);
        const string Line = "Foundational Concepts:";
        var port = FreePort();
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--content", copy, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        if (HasTimings(cli))
        {
            start.ArgumentList.Add("--timings");
        }

        using var serverTimings = new System.Collections.Concurrent.BlockingCollection<Dictionary<string, double>>();
        using var serve = Process.Start(start)!;
        try
        {
            var ready = new TaskCompletionSource();
            serve.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("Serving", StringComparison.Ordinal) == true)
                {
                    ready.TrySetResult();
                }
                else if (ready.Task.IsCompleted && e.Data is { } line && ParseTimings(line) is { } parsed)
                {
                    serverTimings.Add(parsed);
                }
            };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));

            var page = await browser.NewPageAsync();
            var timing = new TaskCompletionSource<double[]>();
            await page.ExposeFunctionAsync("rsBenchSeen", (double[] values) => timing.TrySetResult(values));
            await page.GotoAsync($"http://127.0.0.1:{port}/sections/general-knowledge-and-best-practices/");
            var times = new List<double>();
            var splits = new List<IReadOnlyDictionary<string, double>>();
            var missed = 0;
            for (var i = 0; i < edits; i++)
            {
                // Let the page's event stream connect after the previous reload.
                await page.WaitForTimeoutAsync(400);
                while (serverTimings.TryTake(out _))
                {
                }

                var title = $"Foundations edit {i}";
                var saved = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(roadmap, original.Replace(Line, title + ":", StringComparison.Ordinal));
                try
                {
                    // The page's timing is sent by the same evaluation that sees the text: an in-place update is
                    // followed by a reload, which would destroy the context of a second evaluation (or of a handle).
                    timing = new TaskCompletionSource<double[]>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await page.WaitForFunctionAsync($"() => document.body && document.body.textContent.includes('{title}') && (window.rsBenchSeen({NavigationTiming}), true)", null, new() { Timeout = 30_000, PollingInterval = 5 });
                    var total = watch.Elapsed.TotalMilliseconds;
                    times.Add(total);
                    var split = NavigationSplit(await timing.Task.WaitAsync(TimeSpan.FromSeconds(10)), saved);
                    split["total"] = total;
                    if (serverTimings.TryTake(out var server, TimeSpan.FromSeconds(2)))
                    {
                        foreach (var (stage, value) in server)
                        {
                            split[stage] = value;
                        }
                    }

                    splits.Add(split);
                }
                catch (TimeoutException)
                {
                    // Reported, not thrown: an edit that never reaches the page is a finding of the benchmark.
                    missed++;
                    await page.ReloadAsync();
                }
            }

            return new ServeResult(edits, Stats.Of(times), missed, "dotnet run --project bench/RoadmapSite.Bench -c Release -- run") { Splits = splits };
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    /// <summary>Median of each stage over the edits that have it, in <see cref="Stages"/> order.</summary>
    public static IEnumerable<(string Stage, Stats Stats)> StageMedians(ServeResult result) =>
        Stages.Where(stage => stage != "seen in place").Select(stage => (stage, Stats.Of(result.Splits.Where(split => split.ContainsKey(stage)).Select(split => split[stage]))))
            .Where(entry => entry.Item2.Count > 0);

    /// <summary>In the page: when it started loading, its navigation timing and what it fetched (an array, so truthy).</summary>
    private const string NavigationTiming = """
        (() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource').filter((r) => !r.name.includes('/__roadmap-site/events'));
          return [performance.timeOrigin, nav.responseEnd, nav.domContentLoadedEventEnd, performance.now(),
                  resources.filter((r) => r.transferSize > 0).length, resources.filter((r) => r.transferSize === 0).length];
        })()
        """;

    /// <summary>The page's timing against the save (epoch milliseconds): a page that started before it showed the edit in place.</summary>
    private static Dictionary<string, double> NavigationSplit(double[] values, double saved)
    {
        var (origin, html, loaded, now) = (values[0], values[1], values[2], values[3]);
        if (origin < saved)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal) { ["seen in place"] = 1 };
        }

        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["seen in place"] = 0,
            ["save → navigation start"] = origin - saved,
            ["navigation → HTML received"] = html,
            ["HTML → DOMContentLoaded"] = loaded - html,
            ["DOMContentLoaded → text seen"] = Math.Max(0, now - loaded),
            ["requests from network"] = values[4],
            ["requests from cache"] = values[5],
        };
    }

    private static bool HasTimings(string cli) =>
        ProcessTimer.RunChecked(cli, "serve", "--help").Output.Contains("--timings", StringComparison.Ordinal);

    /// <summary>"  timings: waited 31.0 ms, read 4.0 ms, build 183.0 ms (…; publish 2.0 ms), notify 0.1 ms to 1 page".</summary>
    private static Dictionary<string, double>? ParseTimings(string line)
    {
        var match = TimingsPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        double At(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["server: waited (watcher + debounce)"] = At(1),
            ["server: read"] = At(2),
            ["server: build"] = At(3),
            ["server: of which publish"] = At(4),
            ["server: notify"] = At(5),
        };
    }

    [GeneratedRegex(@"timings: waited ([\d.]+) ms, read ([\d.]+) ms, build ([\d.]+) ms \(.*publish ([\d.]+) ms\), notify ([\d.]+) ms")]
    private static partial Regex TimingsPattern();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
