using System.CommandLine;
using System.Diagnostics;
using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Pipelines;
using RoadmapSite.Site;
using Spectre.Console;

namespace RoadmapSite.Cli;

/// <summary><c>roadmap-site build</c>: builds the whole site into the output folder, replacing it only on success.</summary>
public static class BuildCommand
{
    public static Option<string> ContentOption() => new("--content") { Description = "Content folder (or one Markdown file)", DefaultValueFactory = _ => "content" };

    public static Option<string?> BaseUrlOption() => new("--base-url")
    {
        Description = $"Where the site is published: a path (/my-roadmap/) or full URL; overrides site.yml and ${SiteSettingsLoader.BaseUrlVariable}",
    };

    public static Command Create()
    {
        var content = ContentOption();
        var output = new Option<string>("--output", "-o") { Description = "Output folder", DefaultValueFactory = _ => "_site" };
        var baseUrl = BaseUrlOption();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only warnings, errors and one summary line (for CI)" };
        var timings = new Option<bool>("--timings") { Description = "Print the time each pipeline phase took" };
        var command = new Command("build", "Build the site") { content, output, baseUrl, quiet, timings };
        command.SetAction((result, cancellation) => RunAsync(
            result.GetValue(content)!, result.GetValue(output)!, result.GetValue(baseUrl), result.GetValue(quiet), result.GetValue(timings), cancellation));
        return command;
    }

    public static async Task<int> RunAsync(string contentPath, string output, string? baseUrl, bool quiet, bool timings, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        SiteBuilder.Prepare();
        var load = SiteLoadResult.From(contentPath, baseUrl);
        foreach (var diagnostic in load.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        if (load.ReadError is { } readError)
        {
            Console.Error.WriteLine($"error: {readError}");
            return ExitCodes.UsageOrIo;
        }

        if (load.Site is not { } site)
        {
            return ExitCodes.ContentErrors;
        }

        var result = quiet || Console.IsOutputRedirected
            ? await SiteBuilder.BuildAsync(site, output, progress: null, cancellation)
            : await AnsiConsole.Status().StartAsync("Building…", status =>
                SiteBuilder.BuildAsync(site, output, new Progress<PhaseReport>(report =>
                {
                    if (report.Status == PhaseStatus.Running)
                    {
                        status.Status($"{Markup.Escape(report.Pipeline)}: {report.Phase}");
                    }
                }), cancellation));
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }

        if (timings)
        {
            PrintTimings(result);
        }

        var built = SiteBuilder.Summarize(result);
        var summary = $"{built.Pages} pages, {built.Items} items ({built.TrackableItems} trackable), {result.Errors.Length} errors, {result.Warnings.Length} warnings, {stopwatch.Elapsed.TotalSeconds:0.00} s";
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {summary}. {(Path.EndsInDirectorySeparator(output) ? output : output + "/")} was left as it was.");
            return result.Errors.Any(e => e.Exception is IOException or UnauthorizedAccessException) ? ExitCodes.UsageOrIo : ExitCodes.ContentErrors;
        }

        Console.WriteLine($"Built {summary} → {Path.GetFullPath(output)}");
        return ExitCodes.Success;
    }

    private static void WriteDiagnostic(PipelineDiagnostic diagnostic)
    {
        Console.Error.WriteLine(diagnostic);
        if (diagnostic.Exception is { } exception && exception is not (IOException or UnauthorizedAccessException))
        {
            Console.Error.WriteLine($"  ({diagnostic.Pipeline}/{diagnostic.Phase}/{diagnostic.Module}: {exception.GetType().Name})");
        }
    }

    private static void PrintTimings(BuildResult result)
    {
        var table = new Table().AddColumns("Pipeline", "Phase", "Status", "Documents", "ms");
        foreach (var phase in result.Phases.OrderBy(p => p.Pipeline, StringComparer.Ordinal).ThenBy(p => p.Phase))
        {
            table.AddRow(phase.Pipeline, phase.Phase.ToString(), phase.Status.ToString(), phase.Documents.ToString(), phase.Elapsed.TotalMilliseconds.ToString("0.0"));
        }

        AnsiConsole.Write(table);
    }
}
