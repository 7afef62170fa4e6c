using System.CommandLine;
using System.Diagnostics;
using RoadmapSite.Serving;
using Spectre.Console;

namespace RoadmapSite.Cli;

/// <summary><c>roadmap-site serve</c>: builds, serves on 127.0.0.1, rebuilds on change and reloads open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var content = BuildCommand.ContentOption();
        var baseUrl = BuildCommand.BaseUrlOption();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5000 };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "Also answer requests for this host name (besides localhost, 127.0.0.1 and [::1]); repeatable",
            DefaultValueFactory = _ => [],
        };
        var timings = new Option<bool>("--timings") { Description = "After each build, print where its time went (wait, read, pipeline phases, publish, reload)" };
        var command = new Command("serve", "Build, serve and rebuild on every change, reloading open pages") { content, baseUrl, port, open, allowedHosts, timings };
        command.SetAction((result, cancellation) => RunAsync(
            result.GetValue(content)!, result.GetValue(baseUrl), result.GetValue(port), result.GetValue(open), result.GetValue(allowedHosts)!, result.GetValue(timings), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string content, string? baseUrl, int port, bool open, string[] allowedHosts, bool timings, CancellationToken cancellation)
    {
        if (!Directory.Exists(content) && !File.Exists(content))
        {
            Console.Error.WriteLine($"error: {content}: no such file or folder");
            return ExitCodes.UsageOrIo;
        }

        // Served from memory: a site built for local serving (with the reload client) never lands in _site/ or anywhere on disk.
        await using var server = new DevServer(new DevServerOptions { ContentPath = content, BaseUrl = baseUrl, Port = port, AllowedHosts = allowedHosts });
        server.Built += (result, errors) =>
        {
            var time = DateTime.Now.ToString("HH:mm:ss");
            if (result.Succeeded)
            {
                AnsiConsole.MarkupLine($"[grey]{time}[/] built in {result.Elapsed.TotalMilliseconds:0} ms{(result.Warnings.Length > 0 ? $", {result.Warnings.Length} warnings" : "")}");
                foreach (var warning in result.Warnings)
                {
                    Console.Error.WriteLine(warning);
                }
            }
            else
            {
                AnsiConsole.MarkupLine($"[grey]{time}[/] [red]build failed[/]: the last good site is still served");
                foreach (var error in errors)
                {
                    Console.Error.WriteLine(error);
                }
            }
        };

        if (timings)
        {
            server.Timed += (result, timed) => Console.WriteLine(TimingsLine(result, timed));
        }

        try
        {
            await server.StartAsync(cancellation);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        AnsiConsole.MarkupLine($"Serving [link]{Markup.Escape(server.SiteUrl.ToString())}[/] — watching {Markup.Escape(content)} and the theme. Press Ctrl+C to stop.");
        if (open)
        {
            OpenBrowser(server.SiteUrl);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopped.");
        }

        return ExitCodes.Success;
    }

    /// <summary>One line per build, e.g. "timings: waited 31 ms, read 4 ms, build 183 ms (Pages/Process 90 ms, …; publish 2 ms), notify 0 ms to 1 page".</summary>
    private static string TimingsLine(Pipelines.BuildResult result, RebuildTimings timed)
    {
        static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms";
        var slowest = result.Phases.Where(phase => phase.Elapsed > TimeSpan.Zero).OrderByDescending(phase => phase.Elapsed).Take(4)
            .Select(phase => $"{phase.Pipeline}/{phase.Phase} {Ms(phase.Elapsed)}");
        return $"  timings: waited {Ms(timed.Waited)}, read {Ms(timed.Read)}, build {Ms(timed.Build)} ({string.Join(", ", slowest)}; publish {Ms(result.PublishElapsed)}), "
               + $"notify {Ms(timed.Notify)} to {timed.Pages} page{(timed.Pages == 1 ? "" : "s")}";
    }

    private static void OpenBrowser(Uri url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true });
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"Could not open a browser ({exception.Message}); open {url} yourself.");
        }
    }
}
