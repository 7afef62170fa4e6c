using System.Collections.Immutable;
using System.Diagnostics;
using RoadmapSite.Model;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Runs pipelines the way Statiq schedules them: every phase waits only for what it needs, so independent
/// pipelines run concurrently, and the output folder is replaced only by a complete, successful build.
/// </summary>
internal static class Engine
{
    /// <summary>
    /// Builds the site. Invalid declarations, module exceptions and reported errors come back as a failed
    /// <see cref="BuildResult"/> with the previous output left untouched; only cancellation throws.
    /// </summary>
    public static async Task<BuildResult> RunAsync(
        IEnumerable<Pipeline> pipelines,
        EngineOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var outputDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));

        // First of all: nothing may be staged, moved or deleted beside a folder the build must not replace.
        if (OutputFolderGuard.FindRefusal(options.OutputDirectory, options.ProtectedPaths) is { } refusal)
        {
            // Carried as an IOException: the command line's exit code 2 means "a folder that cannot be written".
            return Failed(outputDirectory, [new PipelineDiagnostic(Severity.Error, refusal) { Exception = new IOException(refusal) }], stopwatch.Elapsed);
        }

        var graph = PipelineGraph.Build(pipelines, out var declarationErrors);
        if (graph is null)
        {
            return Failed(outputDirectory, declarationErrors.Select(error => new PipelineDiagnostic(Severity.Error, error)), stopwatch.Elapsed);
        }

        cancellationToken.ThrowIfCancellationRequested();
        StagedOutput staging;
        try
        {
            staging = StagedOutput.Create(outputDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(outputDirectory, [new PipelineDiagnostic(Severity.Error, $"Cannot prepare the output folder: {exception.Message}") { Exception = exception }], stopwatch.Elapsed);
        }

        var run = new EngineRun(graph, options, staging.StagingDirectory, cancellationToken);
        run.ClaimDestination(nameof(Engine), OutputFolderGuard.MarkerFileName);
        var published = false;
        var publishing = TimeSpan.Zero;
        string? previous = null;
        ImmutableSortedDictionary<string, ImmutableArray<Document>> outputs;
        try
        {
            var outputPhases = run.Start();
            await Task.WhenAll(outputPhases.Values).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            outputs = outputPhases.ToImmutableSortedDictionary(entry => entry.Key, entry => entry.Value.Result.Documents, StringComparer.Ordinal);
            run.ReportDestinationConflicts();
            if (!run.HasErrors)
            {
                var start = Stopwatch.GetTimestamp();
                (published, previous) = TryPublish(staging, run, options.DeferDeletingPreviousOutput);
                publishing = Stopwatch.GetElapsedTime(start);
            }
        }
        finally
        {
            if (!published && !staging.Discard())
            {
                run.ReportBuildProblem(Severity.Warning, $"Could not delete the temporary folder '{staging.StagingDirectory}'.");
            }
        }

        return new BuildResult
        {
            Succeeded = published,
            OutputDirectory = outputDirectory,
            Diagnostics = run.SortedDiagnostics(),
            Phases = run.PhaseReports(),
            Outputs = outputs,
            WrittenFiles = (int)run.WrittenFiles,
            WrittenBytes = run.WrittenBytes,
            Elapsed = stopwatch.Elapsed,
            PublishElapsed = publishing,
            PreviousOutput = previous,
        };
    }

    /// <returns>Whether it was published, and the previous output when its deletion was deferred.</returns>
    private static (bool Published, string? Previous) TryPublish(StagedOutput staging, EngineRun run, bool deferDeletion)
    {
        try
        {
            if (staging.Publish(deletePrevious: !deferDeletion) is { } leftover)
            {
                if (deferDeletion)
                {
                    return (true, leftover);
                }

                run.ReportBuildProblem(Severity.Warning, $"Could not delete the previous output, moved to '{leftover}'.");
            }

            return (true, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            run.ReportBuildProblem(Severity.Error, $"Cannot replace the output folder '{staging.FinalDirectory}': {exception.Message}", exception);
            return (false, null);
        }
    }

    private static BuildResult Failed(string outputDirectory, IEnumerable<PipelineDiagnostic> errors, TimeSpan elapsed) => new()
    {
        Succeeded = false,
        OutputDirectory = outputDirectory,
        Diagnostics = [.. errors],
        Elapsed = elapsed,
    };
}
