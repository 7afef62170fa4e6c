using System.Text;

namespace RoadmapSite.Bench;

/// <summary>One run of the CLI on a pathological shape.</summary>
public sealed record ShapeMeasurement(string Shape, int Size, string Command, long MarkdownBytes, double ElapsedMs, double CpuMs, long PeakKb, int ExitCode);

/// <summary>
/// The two shapes issue 9 found quadratic: a list nested N levels deep by indentation (past the site's 32 levels, so
/// <c>check</c> and <c>build</c> report RS009 and exit 1: the time to say so is what counts) and N <c>##</c> sections
/// with one topic each (built). One run each: a quadratic part shows as a ratio far above the size ratio.
/// </summary>
public static class ShapeBench
{
    public static List<ShapeMeasurement> Measure(Workspace workspace, bool quick)
    {
        var results = new List<ShapeMeasurement>();
        foreach (var levels in quick ? new[] { 1_000, 3_000 } : [1_000, 2_000, 3_000])
        {
            var content = Write(workspace, $"deep{levels}", DeepList(levels));
            results.Add(Run(workspace, "nested list, levels", levels, content, "check", content));
            results.Add(Run(workspace, "nested list, levels", levels, content, "build", "--content", content, "--output", workspace.SiteFor($"deep{levels}"), "--quiet"));
        }

        foreach (var sections in quick ? new[] { 1_000, 4_000 } : [1_000, 4_000, 16_000, 100_000])
        {
            var content = Write(workspace, $"sections{sections}", ManySections(sections));
            results.Add(Run(workspace, "## sections", sections, content, "build", "--content", content, "--output", workspace.SiteFor($"sections{sections}"), "--quiet"));
        }

        return results;
    }

    public static string DeepList(int levels)
    {
        var text = new StringBuilder("# Deep\n\n## Nested\n\n");
        for (var i = 0; i < levels; i++)
        {
            text.Append(' ', 2 * i).Append("- [ ] Topic ").Append(i).Append('\n');
        }

        return text.ToString();
    }

    public static string ManySections(int sections)
    {
        var text = new StringBuilder("# Many sections\n\n");
        for (var i = 0; i < sections; i++)
        {
            text.Append("## Section ").Append(i).Append("\n\n- [ ] Topic ").Append(i).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Write(Workspace workspace, string name, string markdown)
    {
        var content = Path.Combine(workspace.Out, "inputs", name, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "roadmap.md"), markdown);
        return content;
    }

    private static ShapeMeasurement Run(Workspace workspace, string shape, int size, string content, params string[] arguments)
    {
        Console.WriteLine($"Shape: {shape} {size:N0}, {arguments[0]} …");
        var run = ProcessTimer.Run(workspace.Cli, arguments);
        if (run.ExitCode is not (0 or 1) || run.Output.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"roadmap-site {arguments[0]} crashed on {shape} {size}:\n{run.Output}");
        }

        var markdownBytes = new FileInfo(Path.Combine(content, "roadmap.md")).Length;
        return new ShapeMeasurement(shape, size, arguments[0], markdownBytes, run.ElapsedMs, run.CpuMs, run.PeakKb, run.ExitCode);
    }

    /// <summary>The table <c>shapes</c> prints and <c>results.md</c> carries.</summary>
    public static IEnumerable<string> Table(IReadOnlyList<ShapeMeasurement> measurements)
    {
        yield return "| Shape | Size | Command | Markdown | Exit | Wall | CPU | Peak memory | Time × / size × vs the row above |";
        yield return "|---|---:|---|---:|---:|---:|---:|---:|---:|";
        for (var i = 0; i < measurements.Count; i++)
        {
            var m = measurements[i];
            var previous = measurements.Take(i).LastOrDefault(p => p.Shape == m.Shape && p.Command == m.Command);
            var ratio = previous is null ? "" : $"{m.ElapsedMs / previous.ElapsedMs:0.0}× / {(double)m.Size / previous.Size:0.0}×";
            yield return $"| {m.Shape} | {m.Size:N0} | {m.Command} | {m.MarkdownBytes / 1024.0:N0} KB | {m.ExitCode} | {m.ElapsedMs / 1000:0.00} s | {(m.CpuMs < 0 ? "—" : $"{m.CpuMs / 1000:0.00} s")} | {m.PeakKb / 1024.0:N0} MB | {ratio} |";
        }
    }
}
