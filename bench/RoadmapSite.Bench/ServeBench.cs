using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace RoadmapSite.Bench;

/// <summary>The <c>serve</c> loop: from saving a one-line edit of the default roadmap to the open page showing it.</summary>
public sealed record ServeResult(int Edits, Stats EditToPage, int Missed, string Command);

public static class ServeBench
{
    /// <summary>
    /// Runs the published <c>roadmap-site serve</c> on a copy of the content, opens a section page in Chromium, then
    /// edits one topic's title again and again, timing each save until the page (reloaded by live reload) shows it.
    /// </summary>
    public static async Task<ServeResult> MeasureAsync(Workspace workspace, IBrowser browser, int edits)
    {
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
        var start = new ProcessStartInfo(workspace.Cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--content", copy, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var serve = Process.Start(start)!;
        try
        {
            var ready = new TaskCompletionSource();
            serve.OutputDataReceived += (_, e) => { if (e.Data?.Contains("Serving", StringComparison.Ordinal) == true) ready.TrySetResult(); };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));

            var page = await browser.NewPageAsync();
            await page.GotoAsync($"http://127.0.0.1:{port}/sections/general-knowledge-and-best-practices/");
            var times = new List<double>();
            var missed = 0;
            for (var i = 0; i < edits; i++)
            {
                // Let the page's event stream connect after the previous reload.
                await page.WaitForTimeoutAsync(400);
                var title = $"Foundations edit {i}";
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(roadmap, original.Replace(Line, title + ":", StringComparison.Ordinal));
                try
                {
                    await page.WaitForFunctionAsync($"() => document.body && document.body.textContent.includes('{title}')", null, new() { Timeout = 30_000, PollingInterval = 5 });
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                catch (TimeoutException)
                {
                    // Reported, not thrown: an edit that never reaches the page is a finding of the benchmark.
                    missed++;
                    await page.ReloadAsync();
                }
            }

            return new ServeResult(edits, Stats.Of(times), missed, "dotnet run --project bench/RoadmapSite.Bench -c Release -- run");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
