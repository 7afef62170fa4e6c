using System.Text.RegularExpressions;

namespace RoadmapSite.Bench;

/// <summary>Where things are: the repository, the published CLI and everything the harness generates under <c>bench/out/</c>.</summary>
public sealed partial class Workspace
{
    public const int Seed = 42;

    private Workspace(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Out => Path.Combine(Root, "bench", "out");

    public string Cli => Path.Combine(Out, "cli", "roadmap-site");

    public string DefaultContent => Path.Combine(Root, "content");

    /// <summary>The repository root: the nearest folder above the current one that holds RoadmapSite.sln.</summary>
    public static Workspace Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoadmapSite.sln")))
            {
                return new Workspace(directory.FullName);
            }
        }

        throw new InvalidOperationException("Run the harness inside the RoadmapSite repository (no RoadmapSite.sln above the current folder).");
    }

    /// <summary>A path relative to the repository root, for commands printed in the results.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path);

    /// <summary>Publishes the CLI in Release into bench/out/cli: what is timed is what users run.</summary>
    public void PublishCli()
    {
        Console.WriteLine("Publishing the CLI (Release) into bench/out/cli …");
        ProcessTimer.RunChecked("dotnet", "publish", Path.Combine(Root, "src", "RoadmapSite.Cli"), "-c", "Release", "-o", Path.Combine(Out, "cli"), "-nologo", "-v", "quiet");
    }

    /// <summary>The content folder of a generated roadmap, generated on first use.</summary>
    public string GeneratedContent(int items, int? sections = null)
    {
        var name = sections is null ? $"n{items}" : $"n{items}-s{sections}";
        var directory = Path.Combine(Out, "inputs", name);
        var content = Path.Combine(directory, "content");
        var generator = new RoadmapGenerator(items, Seed, sections);
        var markdown = generator.Markdown();
        var file = Path.Combine(content, "roadmap.md");
        if (!File.Exists(file) || File.ReadAllText(file) != markdown)
        {
            generator.WriteTo(directory);
        }

        return content;
    }

    public string SiteFor(string name) => Path.Combine(Out, "sites", name);

    /// <summary>Builds a site with the published CLI; returns the item count the CLI reported.</summary>
    public int BuildSite(string content, string output)
    {
        var run = ProcessTimer.RunChecked(Cli, "build", "--content", content, "--output", output, "--quiet");
        return ItemCount(run.Output);
    }

    public static int ItemCount(string summary) =>
        ItemsPattern().Match(summary) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;

    [GeneratedRegex(@"(\d+) items")]
    private static partial Regex ItemsPattern();
}
