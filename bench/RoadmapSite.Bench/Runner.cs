using System.Diagnostics;
using Microsoft.Playwright;

namespace RoadmapSite.Bench;

/// <summary><c>run [--quick]</c>: every measurement, then <c>bench/results.md</c>.</summary>
public sealed partial class Runner(Workspace workspace, bool quick, string? resultsFile = null)
{
    private int Runs => quick ? 2 : 5;

    public async Task<Results> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var results = new Results { Quick = quick, Runs = Runs, Machine = MachineInfo.Describe(), LoadBefore = MachineInfo.LoadAverage() };
        workspace.PublishCli();

        Console.WriteLine("Process start (roadmap-site --version, hugo version, interleaved) …");
        var starts = new List<double>();
        var hugoStarts = new List<double>();
        for (var i = 0; i < 2 * Runs + 1; i++)
        {
            var ours = ProcessTimer.RunChecked(workspace.Cli, "--version").ElapsedMs;
            var hugo = HugoSite.Available ? ProcessTimer.RunChecked(HugoSite.Executable, "version").ElapsedMs : double.NaN;
            if (i > 0)
            {
                starts.Add(ours);
                hugoStarts.Add(hugo);
            }
        }

        results.ProcessStart = Stats.Of(starts);
        results.HugoStart = HugoSite.Available ? Stats.Of(hugoStarts) : null;

        var inputs = new List<(string Name, string Content, int Runs)> { ("default roadmap", workspace.DefaultContent, Runs) };
        inputs.Add(("1,000 items", workspace.GeneratedContent(1_000), Runs));
        if (!quick)
        {
            inputs.Add(("10,000 items", workspace.GeneratedContent(10_000), Runs));
            inputs.Add(("100,000 items", workspace.GeneratedContent(100_000), 3));
        }

        foreach (var (name, content, runs) in inputs)
        {
            results.Builds.Add(MeasureBuild(name, content, runs));
            results.Markdig.Add(MeasureMarkdig(name, Path.Combine(content, "roadmap.md")));
            results.Timings[name] = Timings(content, SiteDirectory(name));
        }

        results.Shapes.AddRange(ShapeBench.Measure(workspace, quick));
        await MeasureBrowserAsync(results);
        results.Duration = total.Elapsed;
        results.LoadAfter = MachineInfo.LoadAverage();
        var file = resultsFile ?? Path.Combine(workspace.Root, "bench", "results.md");
        File.WriteAllText(file, new ResultsWriter(results, workspace).Write());
        Console.WriteLine($"Wrote {workspace.Relative(file)} in {results.Duration.TotalSeconds:0} s.");
        return results;
    }

    private string SiteDirectory(string name) => workspace.SiteFor(new string(name.Where(char.IsLetterOrDigit).ToArray()));

    /// <summary>One warm-up of each, then RoadmapSite and Hugo alternately, so both see the same machine state.</summary>
    private BuildMeasurement MeasureBuild(string name, string content, int runs)
    {
        Console.WriteLine($"Build: {name} ({runs} runs each, interleaved with Hugo) …");
        var output = SiteDirectory(name);
        string[] ours = ["build", "--content", content, "--output", output, "--quiet"];
        var markdown = Path.Combine(content, "roadmap.md");
        var hugoSite = HugoSite.Available ? HugoSite.Create(Path.Combine(workspace.Out, "hugo", Path.GetFileName(output)), markdown, name) : null;
        var hugoOutput = Path.Combine(workspace.Out, "hugo-sites", Path.GetFileName(output));
        var hugoArgs = hugoSite is null ? null : HugoSite.BuildArguments(hugoSite, hugoOutput);

        var warm = ProcessTimer.Run(workspace.Cli, ours);
        if (warm.ExitCode != 0)
        {
            throw new InvalidOperationException($"roadmap-site build failed on {name}:\n{warm.Output}");
        }

        if (hugoArgs is not null)
        {
            ProcessTimer.Run(HugoSite.Executable, hugoArgs);
        }

        var oursRuns = new List<ProcessRun>();
        var hugoRuns = new List<ProcessRun>();
        for (var i = 0; i < runs; i++)
        {
            oursRuns.Add(ProcessTimer.Run(workspace.Cli, ours));
            if (hugoArgs is not null)
            {
                hugoRuns.Add(ProcessTimer.Run(HugoSite.Executable, hugoArgs));
            }
        }

        if (hugoRuns.FirstOrDefault(run => run.ExitCode != 0) is { } failed)
        {
            Console.Error.WriteLine($"hugo failed on {name}: {failed.Output}");
            hugoRuns.Clear();
        }

        var tree = Path.Combine(output, "tree", "index.html");
        var treeItems = File.Exists(tree) ? TreeItemPattern().Count(File.ReadAllText(tree)) : 0;
        return new BuildMeasurement(
            name,
            Workspace.ItemCount(warm.Output),
            new FileInfo(markdown).Length,
            Stats.Of(oursRuns.Select(r => r.ElapsedMs)),
            Stats.Of(oursRuns.Select(r => r.CpuMs)),
            oursRuns.Max(r => r.PeakKb),
            hugoRuns.Count > 0 ? Stats.Of(hugoRuns.Select(r => r.ElapsedMs)) : null,
            hugoRuns.Count > 0 ? Stats.Of(hugoRuns.Select(r => r.CpuMs)) : null,
            hugoRuns.Count > 0 ? hugoRuns.Max(r => r.PeakKb) : 0,
            $"bench/out/cli/roadmap-site {string.Join(' ', ours.Select(Shorten))}",
            hugoArgs is null ? null : $"hugo {string.Join(' ', hugoArgs.Select(Shorten))}",
            content == workspace.DefaultContent ? "" : $"dotnet run --project bench/RoadmapSite.Bench -c Release -- generate --items {name.Split(' ')[0].Replace(",", "", StringComparison.Ordinal)} --seed {Workspace.Seed} --out {Shorten(Path.GetDirectoryName(content)!)}") {
            TreePageItems = treeItems,
            PairwiseRatio = hugoRuns.Count > 0 ? Stats.Of(oursRuns.Zip(hugoRuns, (o, h) => o.ElapsedMs / h.ElapsedMs)) : null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("class=\"tree-item tree-item--")]
    private static partial System.Text.RegularExpressions.Regex TreeItemPattern();

    private string Shorten(string argument) => Path.IsPathRooted(argument) ? workspace.Relative(argument) : argument;

    private MarkdigMeasurement MeasureMarkdig(string name, string markdownFile)
    {
        Console.WriteLine($"Markdig floor: {name} …");
        var markdown = File.ReadAllText(markdownFile);
        var warm = MarkdigFloor.Warm(markdown, TimeSpan.FromSeconds(quick ? 0.5 : 3));
        var self = Path.Combine(AppContext.BaseDirectory, "roadmap-bench");
        var html = Path.Combine(workspace.Out, "markdig.html");
        var whole = new List<double>();
        var first = new List<double>();
        for (var i = 0; i <= Runs; i++)
        {
            var run = ProcessTimer.RunChecked(self, "markdig-once", markdownFile, html);
            if (i > 0)
            {
                whole.Add(run.ElapsedMs);
                first.Add(double.Parse(run.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return new MarkdigMeasurement(name, markdown.Length, warm, Stats.Of(first), Stats.Of(whole));
    }

    private string Timings(string content, string output)
    {
        var run = ProcessTimer.RunChecked(workspace.Cli, "build", "--content", content, "--output", output, "--quiet", "--timings");
        return run.Output.TrimEnd();
    }

    private async Task MeasureBrowserAsync(Results results)
    {
        if (BrowserBench.FindChromium() is not { } chromium)
        {
            results.BrowserSkipped = "no Chromium found (/usr/bin/chromium, or set CHROMIUM_PATH)";
            Console.WriteLine($"Browser: skipped, {results.BrowserSkipped}");
            return;
        }

        Console.WriteLine("Browser: default roadmap's pages …");
        var site = SiteDirectory("default roadmap");
        var section = Directory.GetDirectories(Path.Combine(site, "sections")).Order(StringComparer.Ordinal).First();
        using var playwright = await Playwright.CreateAsync();
        await using (var server = await StaticServer.StartAsync(site))
        {
            await using var browser = await BrowserBench.LaunchAsync(playwright, chromium);
            results.Machine = results.Machine with { Chromium = $"{chromium}, version {browser.Version}" };
            var paintRuns = quick ? 2 : 5;
            results.Pages.Add(await BrowserBench.LoadAsync(browser, server.BaseUrl, "index", "/", paintRuns));
            results.Pages.Add(await BrowserBench.LoadAsync(browser, server.BaseUrl, "section", $"/sections/{Path.GetFileName(section)}/", paintRuns));
            results.Pages.Add(await BrowserBench.LoadAsync(browser, server.BaseUrl, "tree", "/tree/", paintRuns));
            results.Pages.Add(await BrowserBench.LoadAsync(browser, server.BaseUrl, "search", "/search/", paintRuns));

            Console.WriteLine("Browser: serve, one-line edits of the default roadmap …");
            results.Serve = await ServeBench.MeasureAsync(workspace, browser, quick ? 3 : 10);
        }

        await using var toggleBrowser = await BrowserBench.LaunchAsync(playwright, chromium, uncappedFrames: true);
        foreach (var items in new[] { 1_000, 5_000 })
        {
            Console.WriteLine($"Browser: toggle with {items:N0} items on one section page …");
            var content = workspace.GeneratedContent(items, sections: 1);
            var output = workspace.SiteFor($"toggle{items}");
            workspace.BuildSite(content, output);
            var page = Directory.GetDirectories(Path.Combine(output, "sections")).Single();
            var htmlBytes = new FileInfo(Path.Combine(page, "index.html")).Length;
            await using var server = await StaticServer.StartAsync(output);
            results.Toggles.Add(await BrowserBench.ToggleAsync(toggleBrowser, server.BaseUrl, $"/sections/{Path.GetFileName(page)}/", items, quick ? 5 : 20, htmlBytes));
        }

        Console.WriteLine("Browser: index page of 10,000 topics, time to interactive and scroll frames …");
        results.BigMaps.Add(await BrowserBench.MeasureBigMapAsync(workspace, playwright, chromium, 10_000, quick ? 1 : 3));
    }
}
