using System.Globalization;
using BenchmarkDotNet.Running;
using Microsoft.Playwright;
using RoadmapSite.Bench;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var command = args.FirstOrDefault() ?? "help";
var options = args.Skip(1).ToList();

string? Option(string name) => options.IndexOf(name) is var i and >= 0 && i + 1 < options.Count ? options[i + 1] : null;
bool Flag(string name) => options.Contains(name);

switch (command)
{
    case "generate":
    {
        var items = int.Parse(Option("--items") ?? "1000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed") ?? Workspace.Seed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int? sections = Option("--sections") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null;
        var output = Option("--out") ?? $"bench/out/inputs/n{items}";
        var content = new RoadmapGenerator(items, seed, sections).WriteTo(output);
        Console.WriteLine($"Wrote {Path.Combine(content, "roadmap.md")} ({items:N0} items, seed {seed}) and site.yml");
        return 0;
    }

    case "markdig":
    {
        var workspace = Workspace.Find();
        var files = options.Where(o => o.EndsWith(".md", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            files.Add(Path.Combine(workspace.DefaultContent, "roadmap.md"));
            files.Add(Path.Combine(workspace.GeneratedContent(1_000), "roadmap.md"));
            files.Add(Path.Combine(workspace.GeneratedContent(10_000), "roadmap.md"));
        }

        if (Flag("--bdn"))
        {
            Environment.SetEnvironmentVariable(MarkdigToHtmlBenchmark.FilesVariable, string.Join(Path.PathSeparator, files.Select(Path.GetFullPath)));
            BenchmarkRunner.Run<MarkdigToHtmlBenchmark>();
            return 0;
        }

        foreach (var file in files)
        {
            var stats = MarkdigFloor.Warm(File.ReadAllText(file), TimeSpan.FromSeconds(3));
            Console.WriteLine($"{workspace.Relative(Path.GetFullPath(file))}: Markdig ToHtml {stats.Millis} median ({stats.MillisRange}, {stats.Count} samples)");
        }

        return 0;
    }

    case "markdig-once":
        return MarkdigFloor.ConvertOnce(options[0], options[1]);

    case "browser":
    {
        var workspace = Workspace.Find();
        if (!File.Exists(workspace.Cli))
        {
            workspace.PublishCli();
        }

        var chromium = BrowserBench.FindChromium() ?? throw new InvalidOperationException("no Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH");
        if (Option("--map") is { } mapItems)
        {
            // The big map alone: its index page's time to interactive and scroll frames.
            using var mapPlaywright = await Playwright.CreateAsync();
            var map = await BrowserBench.MeasureBigMapAsync(workspace, mapPlaywright, chromium, int.Parse(mapItems, CultureInfo.InvariantCulture), int.Parse(Option("--runs") ?? "3", CultureInfo.InvariantCulture));
            foreach (var line in ResultsWriter.BigMapTable([map]))
            {
                Console.WriteLine(line);
            }

            return 0;
        }

        var site = workspace.SiteFor("defaultroadmap");
        workspace.BuildSite(workspace.DefaultContent, site);
        using var playwright = await Playwright.CreateAsync();
        await using (var server = await StaticServer.StartAsync(site))
        {
            await using var browser = await BrowserBench.LaunchAsync(playwright, chromium);
            var section = Path.GetFileName(Directory.GetDirectories(Path.Combine(site, "sections")).Order(StringComparer.Ordinal).First());
            foreach (var (name, path) in new[] { ("index", "/"), ("section", $"/sections/{section}/"), ("tree", "/tree/"), ("search", "/search/") })
            {
                var load = await BrowserBench.LoadAsync(browser, server.BaseUrl, name, path, 3);
                Console.WriteLine($"{name} {path}: {string.Join(", ", load.Bytes.Select(b => $"{b.Kind} {b.Raw:N0} B raw / {b.Gzip:N0} B gzip"))}; " +
                                  $"{load.Requests} requests, {load.OtherHostRequests} to other hosts; FCP {load.Fcp.Millis}, LCP {load.Lcp.Millis}");
            }
        }

        await using var toggleBrowser = await BrowserBench.LaunchAsync(playwright, chromium, uncappedFrames: true);
        foreach (var items in new[] { 1_000, 5_000 })
        {
            var output = workspace.SiteFor($"toggle{items}");
            workspace.BuildSite(workspace.GeneratedContent(items, sections: 1), output);
            var page = Directory.GetDirectories(Path.Combine(output, "sections")).Single();
            await using var server = await StaticServer.StartAsync(output);
            var toggle = await BrowserBench.ToggleAsync(toggleBrowser, server.BaseUrl, $"/sections/{Path.GetFileName(page)}/", items, 20, new FileInfo(Path.Combine(page, "index.html")).Length);
            Console.WriteLine($"toggle, {toggle.Items:N0} checkboxes on the page: work {toggle.Work.Millis} ({toggle.Work.MillisRange}), to next frame {toggle.ToNextFrame.Millis} ({toggle.ToNextFrame.MillisRange})" +
                              (toggle.ProgressWired ? "" : " — progress JS not wired yet: bare checkbox toggle + frame"));
        }

        return 0;
    }

    case "shapes":
    {
        var workspace = Workspace.Find();
        if (!File.Exists(workspace.Cli) || Flag("--publish"))
        {
            workspace.PublishCli();
        }

        foreach (var line in ShapeBench.Table(ShapeBench.Measure(workspace, Flag("--quick"))))
        {
            Console.WriteLine(line);
        }

        return 0;
    }

    case "serve":
    {
        // The serve loop alone. Several --cli binaries are run in turn (A, B, A, B, …) for side-by-side medians.
        var workspace = Workspace.Find();
        var clis = options.Select((option, i) => (option, i)).Where(entry => entry.option == "--cli" && entry.i + 1 < options.Count).Select(entry => Path.GetFullPath(options[entry.i + 1])).ToList();
        if (clis.Count == 0)
        {
            if (!File.Exists(workspace.Cli) || Flag("--publish"))
            {
                workspace.PublishCli();
            }

            clis.Add(workspace.Cli);
        }

        var rounds = int.Parse(Option("--rounds") ?? "1", CultureInfo.InvariantCulture);
        var edits = int.Parse(Option("--edits") ?? "10", CultureInfo.InvariantCulture);
        var chromium = BrowserBench.FindChromium() ?? throw new InvalidOperationException("no Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserBench.LaunchAsync(playwright, chromium);
        var byCli = clis.ToDictionary(cli => cli, _ => new List<ServeResult>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var cli in clis)
            {
                var result = await ServeBench.MeasureAsync(workspace, browser, edits, cli);
                Console.WriteLine($"round {round + 1}, {cli}: {result.EditToPage.Millis} median ({result.EditToPage.MillisRange}, {result.EditToPage.Count} edits, {result.Missed} missed)");
                byCli[cli].Add(result);
            }
        }

        foreach (var (cli, runs) in byCli)
        {
            var totals = Stats.Of(runs.SelectMany(r => r.Splits).Select(split => split["total"]));
            var all = new ServeResult(runs.Sum(r => r.Edits), totals, runs.Sum(r => r.Missed), "") { Splits = [.. runs.SelectMany(r => r.Splits)] };
            Console.WriteLine($"{cli}: save → page shows the edit {totals.Millis} median over {totals.Count} edits ({totals.MillisRange}), {all.InPlace} in place, {all.Missed} missed; median of round medians {Stats.Of(runs.Select(r => r.EditToPage.Median)).Millis}");
            foreach (var (stage, stats) in ServeBench.StageMedians(all))
            {
                Console.WriteLine($"  {stage,-40} {stats.Median,8:0.0}  ({stats.Min:0.0}–{stats.Max:0.0})");
            }
        }

        return 0;
    }

    case "run":
        await new Runner(Workspace.Find(), Flag("--quick"), Option("--results") is { } results ? Path.GetFullPath(results) : null).RunAsync();
        return 0;

    default:
        Console.WriteLine("""
            roadmap-bench: RoadmapSite's benchmark harness (see bench/README.md)
              generate --items N [--seed S] [--sections K] --out DIR   write DIR/content/roadmap.md and site.yml
              markdig [FILE.md ...] [--bdn]                            Markdig alone, Markdown → HTML (the floor)
              browser [--map N [--runs R]]                             page weight, paints, toggle latency in Chromium; --map: only
                                                                       the N-topic index page's time to interactive and scroll frames
              shapes [--quick] [--publish]                             deep nested lists and many sections (issue 9's quadratic shapes)
              serve [--cli PATH ...] [--rounds R] [--edits N] [--publish]  the serve loop alone (save → page shows the edit), split into
                                                                       stages; several --cli run in turn, R rounds, for A/B medians
              run [--quick] [--results FILE]                           everything; writes bench/results.md (or FILE)
            """);
        return command is "help" or "--help" or "-h" ? 0 : 2;
}
