using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Markdig;

namespace RoadmapSite.Bench;

/// <summary>
/// The physical floor: Markdig alone turning the same Markdown into HTML (<c>Markdown.ToHtml</c> with
/// <c>UseAdvancedExtensions()</c>, Markdig 1.6.0 as the product uses). No model, no templates, no files.
/// </summary>
public static class MarkdigFloor
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>
    /// Steady-state time of one conversion, in milliseconds: warmed up until the JIT has tiered up, then the median
    /// of several samples, each sample long enough (≈50 ms) for the stopwatch to be exact.
    /// </summary>
    public static Stats Warm(string markdown, TimeSpan budget)
    {
        var warmup = Stopwatch.StartNew();
        var calls = 0;
        while (calls < 40 || (warmup.Elapsed < TimeSpan.FromMilliseconds(500) && calls < 2000))
        {
            Markdown.ToHtml(markdown, Pipeline);
            calls++;
            if (warmup.Elapsed > budget)
            {
                break;
            }
        }

        var single = warmup.Elapsed.TotalMilliseconds / calls;
        var perSample = Math.Max(1, (int)(50 / Math.Max(single, 0.001)));
        var samples = new List<double>();
        var measuring = Stopwatch.StartNew();
        while (samples.Count < 5 || (samples.Count < 25 && measuring.Elapsed < budget))
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < perSample; i++)
            {
                Markdown.ToHtml(markdown, Pipeline);
            }

            samples.Add(stopwatch.Elapsed.TotalMilliseconds / perSample);
        }

        return Stats.Of(samples);
    }

    /// <summary>
    /// The floor as a whole process, like a build: this program reads the file, converts it, writes the HTML, exits.
    /// The first conversion, JIT included, is printed on stdout in milliseconds.
    /// </summary>
    public static int ConvertOnce(string markdownFile, string htmlFile)
    {
        var stopwatch = Stopwatch.StartNew();
        var html = Markdown.ToHtml(File.ReadAllText(markdownFile), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        File.WriteAllText(htmlFile, html);
        Console.WriteLine(elapsed.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }
}

/// <summary>The same floor through BenchmarkDotNet (<c>markdig --bdn</c>), for in-process figures with its statistics.</summary>
[MemoryDiagnoser]
public class MarkdigToHtmlBenchmark
{
    public const string FilesVariable = "ROADMAP_BENCH_MARKDIG_FILES";

    private string markdown = "";

    public static IEnumerable<string> Files() => (Environment.GetEnvironmentVariable(FilesVariable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup() => markdown = System.IO.File.ReadAllText(File);

    [Benchmark]
    public string ToHtml() => Markdown.ToHtml(markdown, MarkdigFloor.Pipeline);
}
