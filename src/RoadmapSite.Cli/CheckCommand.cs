using System.CommandLine;
using System.Text.Json;
using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Parsing;

namespace RoadmapSite.Cli;

/// <summary><c>roadmap-site check [PATH...]</c>: parses each roadmap and reports what is wrong with it, compiler-style.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Content folders or Markdown files to check, each one roadmap (default: content/)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the diagnostics as JSON, for other programs" };
        var command = new Command("check", "Check roadmaps for mistakes without building a site") { paths, json };
        command.SetAction(result => Run(result.GetValue(paths) is { Length: > 0 } given ? given : ["content"], result.GetValue(json)));
        return command;
    }

    private static int Run(string[] paths, bool asJson)
    {
        var exitCode = ExitCodes.Success;
        var reports = new List<CheckReport>();
        foreach (var path in paths)
        {
            ContentFolder content;
            try
            {
                content = ContentFolder.Load(path);
            }
            catch (IOException exception)
            {
                Console.Error.WriteLine($"error: {exception.Message}");
                exitCode = ExitCodes.UsageOrIo;
                continue;
            }
            catch (UnauthorizedAccessException exception)
            {
                Console.Error.WriteLine($"error: {path}: {exception.Message}");
                exitCode = ExitCodes.UsageOrIo;
                continue;
            }

            var roadmap = content.Documents.Length > 0 ? RoadmapParser.Parse(content.Documents, content.Settings.Markers, content.Settings.Title, content.Settings.Description) : null;
            var diagnostics = content.Diagnostics.AddRange(roadmap?.Diagnostics ?? []);
            var items = roadmap?.AllItems().ToList() ?? [];
            var errors = diagnostics.Count(d => d.Severity == Severity.Error);
            if (errors > 0 && exitCode == ExitCodes.Success)
            {
                exitCode = ExitCodes.ContentErrors;
            }

            if (asJson)
            {
                reports.Add(new CheckReport(
                    path,
                    roadmap?.Sections.Length ?? 0,
                    items.Count,
                    items.Count(i => i.Trackable),
                    [.. diagnostics.Select(d => new CheckDiagnostic(
                        d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message, d.Location.File, d.Location.Line, d.Location.Column))]));
                continue;
            }

            foreach (var diagnostic in diagnostics)
            {
                Console.WriteLine(diagnostic);
            }

            Console.WriteLine($"{path}: {roadmap?.Sections.Length ?? 0} sections, {items.Count} items ({items.Count(i => i.Trackable)} trackable), {errors} errors, {diagnostics.Length - errors} warnings");
        }

        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(reports, CheckJsonContext.Output.ListCheckReport));
        }

        return exitCode;
    }

    internal sealed record CheckReport(string Path, int Sections, int Items, int Trackable, IReadOnlyList<CheckDiagnostic> Diagnostics);

    internal sealed record CheckDiagnostic(string Severity, string Code, string Message, string File, int Line, int Column);
}
