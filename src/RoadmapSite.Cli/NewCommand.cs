using System.CommandLine;
using System.Reflection;
using RoadmapSite.Parsing;

namespace RoadmapSite.Cli;

/// <summary>
/// <c>roadmap-site new DIR</c>: writes a roadmap repository that builds and publishes as it is: a sample roadmap
/// using every convention, site.yml, the GitHub Pages workflow, netlify.toml, the tool manifest and a README.
/// </summary>
public static class NewCommand
{
    private const string Prefix = "scaffold/";

    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Folder to create (must not exist, or be empty)" };
        var command = new Command("new", "Create a new roadmap repository") { directory };
        command.SetAction(result => Run(result.GetValue(directory)!));
        return command;
    }

    public static int Run(string directory)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Console.Error.WriteLine($"error: {directory} already exists and is not empty; choose a new folder");
            return ExitCodes.UsageOrIo;
        }

        var siteId = Slug.From(Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar))) is { Length: > 0 } slug ? slug : "roadmap";
        var assembly = Assembly.GetExecutingAssembly();
        try
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var text = reader.ReadToEnd().Replace("{{site_id}}", siteId, StringComparison.Ordinal);
                var path = Path.Combine(directory, name[Prefix.Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                Console.WriteLine($"  created {Path.GetRelativePath(directory, path)}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.UsageOrIo;
        }

        Console.WriteLine($"""

            Created a roadmap in {directory}. Next:
              cd {directory}
              dotnet tool restore && dotnet roadmap-site serve
            Edit content/roadmap.md; push to GitHub and turn on Pages (Source: GitHub Actions) to publish.
            """);
        return ExitCodes.Success;
    }
}
