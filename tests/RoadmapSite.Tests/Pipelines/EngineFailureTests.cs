using RoadmapSite.Tests.Support;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

public sealed class EngineFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private EngineOptions Options => new() { OutputDirectory = _folder.Output };

    [Fact]
    public async Task A_throwing_module_fails_the_build_skips_its_dependants_and_leaves_the_previous_output()
    {
        // Given: a previous build's output, and Roadmap's Process throws.
        _folder.WritePreviousBuild();
        var pagesRan = false;
        var roadmap = new Pipeline("Roadmap") { Process = [Modules.Throw("bad roadmap")], Output = [new WriteFiles()] };
        var pages = new Pipeline("Pages")
        {
            Dependencies = ["Roadmap"],
            Process = [Modules.Do(_ => pagesRan = true), Modules.Create("index.html")],
            Output = [new WriteFiles()],
        };
        var assets = new Pipeline("Assets") { Process = [Modules.Create("style.css")], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([roadmap, pages, assets], Options);

        // Then
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("Roadmap", Phase.Process, "Execute"), (error.Pipeline, error.Phase, error.Module));
        Assert.Equal("InvalidOperationException: bad roadmap", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.False(pagesRan);
        Assert.Equal(PhaseStatus.Skipped, result.Phases.Single(p => p is { Pipeline: "Pages", Phase: Phase.Process }).Status);
        Assert.Equal([OutputFolderGuard.MarkerFileName, "marker.txt"], Directory.EnumerateFiles(_folder.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("previous build", _folder.ReadOutput("marker.txt"));
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task A_reported_error_fails_the_phase_after_its_module_and_points_at_the_source()
    {
        // Given
        _folder.WritePreviousBuild();
        var nextModuleRan = false;
        var roadmap = new Pipeline("Roadmap")
        {
            Process =
            [
                Modules.Do(context =>
                {
                    context.ReportWarning("Item has no difficulty marker.", "content/roadmap.md", 3, 5);
                    context.ReportError("Unclosed checkbox.", "content/roadmap.md", 12, 3);
                }),
                Modules.Do(_ => nextModuleRan = true),
            ],
        };

        // When
        var result = await Engine.RunAsync([roadmap], Options);

        // Then
        Assert.False(result.Succeeded);
        Assert.False(nextModuleRan);
        Assert.Equal("content/roadmap.md:12:3: error: Unclosed checkbox.", Assert.Single(result.Errors).ToString());
        Assert.Equal("content/roadmap.md:3:5: warning: Item has no difficulty marker.", Assert.Single(result.Warnings).ToString());
        Assert.Equal("previous build", _folder.ReadOutput("marker.txt"));
    }

    [Fact]
    public async Task Warnings_alone_do_not_fail_the_build()
    {
        // Given
        var pages = new Pipeline("Pages") { Process = [Modules.Do(context => context.ReportWarning("Empty section."))] };

        // When
        var result = await Engine.RunAsync([pages], Options);

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal("warning: [Pages/Process/Execute] Empty section.", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public async Task A_dependency_on_an_undeclared_pipeline_is_an_error_naming_both()
    {
        // Given
        _folder.WritePreviousBuild();
        var pages = new Pipeline("Pages") { Dependencies = ["Roadmapp"] };
        var roadmap = new Pipeline("Roadmap");

        // When
        var result = await Engine.RunAsync([pages, roadmap], Options);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(
            "error: Pipeline 'Pages' depends on 'Roadmapp', which is not declared (declared: Pages, Roadmap).",
            Assert.Single(result.Errors).ToString());
        Assert.Empty(result.Phases);
        Assert.Equal("previous build", _folder.ReadOutput("marker.txt"));
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task A_dependency_cycle_is_an_error_showing_the_cycle()
    {
        // Given
        var a = new Pipeline("A") { Dependencies = ["B"] };
        var b = new Pipeline("B") { Dependencies = ["C"] };
        var c = new Pipeline("C") { Dependencies = ["A"] };
        var self = new Pipeline("Self") { Dependencies = ["Self"] };

        // When
        var result = await Engine.RunAsync([a, b, c, self], Options);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "Pipelines depend on each other in a cycle: A -> B -> C -> A.",
                "Pipelines depend on each other in a cycle: Self -> Self.",
            ],
            result.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Two_pipelines_with_one_name_are_an_error()
    {
        // Given / When
        var result = await Engine.RunAsync([new Pipeline("Pages"), new Pipeline("Pages")], Options);

        // Then
        Assert.Equal("Pipeline 'Pages' is declared 2 times; pipeline names must be unique.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_null_module_is_a_declaration_error()
    {
        // Given
        var pages = new Pipeline("Pages") { Output = [new WriteFiles(), null!] };

        // When
        var result = await Engine.RunAsync([pages], Options);

        // Then
        Assert.Equal("Pipeline 'Pages' has no module at position 2 of its Output phase (null).", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_failing_progress_reporter_is_a_warning_not_a_crash()
    {
        // Given
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html")], Output = [new WriteFiles()] };
        var throwing = Options with { Progress = new ThrowingProgress() };

        // When
        var result = await Engine.RunAsync([pages], throwing);

        // Then
        Assert.True(result.Succeeded);
        Assert.All(result.Warnings, warning => Assert.StartsWith("The progress reporter failed: IOException", warning.Message));
        Assert.Equal(8, result.Warnings.Length); // start and end of four phases
    }

    [Fact]
    public async Task Cancellation_throws_and_leaves_the_previous_output_and_no_temporary_folder()
    {
        // Given: a module that waits until the build is cancelled, with files already written by another pipeline.
        _folder.WritePreviousBuild();
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = new Pipeline("Waiting")
        {
            Process = [Modules.DoAsync(async context => { started.SetResult(); await Task.Delay(Timeout.Infinite, context.Cancellation); })],
        };
        var written = new Pipeline("Written") { Input = [Modules.Create("a.html")], Output = [new WriteFiles()] };

        // When
        var build = Engine.RunAsync([waiting, written], Options, cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await cancellation.CancelAsync();

        // Then
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build);
        Assert.Equal("previous build", _folder.ReadOutput("marker.txt"));
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task An_operation_cancelled_inside_a_module_without_cancelling_the_build_is_an_error()
    {
        // Given: e.g. an HTTP timeout inside a module.
        var pipeline = new Pipeline("Links") { Process = [Modules.Do(_ => throw new TaskCanceledException("timed out"))] };

        // When
        var result = await Engine.RunAsync([pipeline], Options);

        // Then
        Assert.Equal("TaskCanceledException: timed out", Assert.Single(result.Errors).Message);
    }

    private sealed class ThrowingProgress : IProgress<PhaseReport>
    {
        public void Report(PhaseReport value) => throw new IOException("console closed");
    }
}
