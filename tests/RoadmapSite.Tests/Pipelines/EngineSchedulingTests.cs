using RoadmapSite.Tests.Support;
using System.Collections.Concurrent;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

public sealed class EngineSchedulingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private EngineOptions Options => new() { OutputDirectory = _folder.Output };

    [Fact]
    public async Task Process_sees_the_process_outputs_of_its_dependencies_and_theirs()
    {
        // Given: Pages depends on Graph, which depends on Roadmap; Pages is declared first.
        var seenByPages = new List<string>();
        var pages = new Pipeline("Pages")
        {
            Dependencies = ["Graph"],
            Process = [Modules.Do(context =>
                seenByPages.AddRange(new[] { "Graph", "Roadmap" }.SelectMany(name => context.OutputsOf(name)).Select(d => d.Get<string>("Name"))))],
        };
        var graph = new Pipeline("Graph") { Dependencies = ["Roadmap"], Process = [Modules.CreateData("layout")] };
        var roadmap = new Pipeline("Roadmap") { Input = [Modules.CreateData("markdown")], Process = [Modules.CreateData("model")] };

        // When
        var result = await Engine.RunAsync([pages, graph, roadmap], Options);

        // Then: the Process output of Roadmap is its Input document plus the model.
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["layout", "markdown", "model"], seenByPages);
    }

    [Fact]
    public async Task Process_cannot_read_a_pipeline_it_does_not_depend_on()
    {
        // Given
        var sitemap = new Pipeline("Sitemap") { Process = [Modules.Do(context => context.OutputsOf("Pages"))] };
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html")] };

        // When
        var result = await Engine.RunAsync([sitemap, pages], Options);

        // Then
        var error = Assert.Single(result.Errors);
        Assert.Equal("Sitemap", error.Pipeline);
        Assert.Contains("add 'Pages' to the Dependencies of 'Sitemap'", error.Message);
    }

    [Fact]
    public async Task Independent_pipelines_run_concurrently()
    {
        // Given: each pipeline's Process waits for the other to have started; run one after the other they'd never finish.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = new Pipeline("A") { Process = [Modules.DoAsync(async _ => { aStarted.SetResult(); await bStarted.Task.WaitAsync(Patience); })] };
        var b = new Pipeline("B") { Process = [Modules.DoAsync(async _ => { bStarted.SetResult(); await aStarted.Task.WaitAsync(Patience); })] };

        // When
        var result = await Engine.RunAsync([a, b], Options);

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task A_blocking_module_does_not_hold_up_independent_pipelines()
    {
        // Given: A blocks its thread until B has run, without ever awaiting.
        var bRan = new ManualResetEventSlim();
        var a = new Pipeline("A") { Input = [Modules.Do(_ => Assert.True(bRan.Wait(Patience)))] };
        var b = new Pipeline("B") { Input = [Modules.Do(_ => bRan.Set())] };

        // When
        var result = await Engine.RunAsync([a, b], Options);

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task PostProcess_waits_for_the_process_phase_of_every_pipeline()
    {
        // Given: Validate depends on nothing, and Slow's Process only finishes after Validate's Process has.
        var validateProcessed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seenByPostProcess = new List<string>();
        var validate = new Pipeline("Validate")
        {
            Process = [Modules.Do(_ => validateProcessed.SetResult())],
            PostProcess = [Modules.Do(context =>
                seenByPostProcess.AddRange(context.AllOutputs.SelectMany(entry => entry.Value.Select(d => $"{entry.Key}:{d.Destination}"))))],
        };
        var slow = new Pipeline("Slow")
        {
            Process = [Modules.DoAsync(async _ => await validateProcessed.Task.WaitAsync(Patience)), Modules.Create("late.html")],
        };
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html")] };

        // When
        var result = await Engine.RunAsync([validate, slow, pages], Options);

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["Pages:index.html", "Slow:late.html"], seenByPostProcess);
    }

    [Fact]
    public async Task Each_phase_reports_its_start_and_end_and_its_timing()
    {
        // Given
        var reports = new ConcurrentQueue<PhaseReport>();
        var site = new Pipeline("Site") { Process = [Modules.Create("a.html", "b.html")], Output = [new WriteFiles()] };
        var broken = new Pipeline("Broken") { Input = [Modules.Throw("no input")] };

        // When
        var result = await Engine.RunAsync([site, broken], Options with { Progress = new Collect<PhaseReport>(reports) });

        // Then
        Assert.Equal(
            [
                ("Site", Phase.Input, PhaseStatus.Succeeded), ("Site", Phase.Process, PhaseStatus.Succeeded),
                ("Site", Phase.PostProcess, PhaseStatus.Skipped), ("Site", Phase.Output, PhaseStatus.Skipped),
                ("Broken", Phase.Input, PhaseStatus.Failed), ("Broken", Phase.Process, PhaseStatus.Skipped),
                ("Broken", Phase.PostProcess, PhaseStatus.Skipped), ("Broken", Phase.Output, PhaseStatus.Skipped),
            ],
            result.Phases.Select(p => (p.Pipeline, p.Phase, p.Status)));
        Assert.Equal(2, result.Phases.Single(p => p is { Pipeline: "Site", Phase: Phase.Process }).Documents);
        Assert.All(result.Phases, p => Assert.True(p.Elapsed >= TimeSpan.Zero));
        Assert.Contains(reports, r => r is { Pipeline: "Site", Phase: Phase.Process, Status: PhaseStatus.Running });
        Assert.Contains(reports, r => r is { Pipeline: "Site", Phase: Phase.Process, Status: PhaseStatus.Succeeded });
        Assert.Contains(reports, r => r is { Pipeline: "Broken", Phase: Phase.Input, Status: PhaseStatus.Failed });
        Assert.Equal(8, reports.Count(r => r.Status != PhaseStatus.Running));
    }

    /// <summary>Unlike <see cref="Progress{T}"/>, records synchronously, so every report is in before the build returns.</summary>
    private sealed class Collect<T>(ConcurrentQueue<T> sink) : IProgress<T>
    {
        public void Report(T value) => sink.Enqueue(value);
    }
}
