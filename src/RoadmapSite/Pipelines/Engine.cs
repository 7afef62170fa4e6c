using System.Collections.Frozen;
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
        var outputDirectory = options.OutputDirectory is { } folder ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) : null;

        // First of all: nothing may be staged, moved or deleted beside a folder the build must not replace.
        if (options.OutputDirectory is not null && OutputFolderGuard.FindRefusal(options.OutputDirectory, options.ProtectedPaths) is { } refusal)
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
        StagedOutput? staging;
        try
        {
            staging = outputDirectory is null ? null : StagedOutput.Create(outputDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(outputDirectory, [new PipelineDiagnostic(Severity.Error, $"Cannot prepare the output folder: {exception.Message}") { Exception = exception }], stopwatch.Elapsed);
        }

        var run = new EngineRun(graph, options, staging?.StagingDirectory, cancellationToken);
        run.ClaimDestination(nameof(Engine), OutputFolderGuard.MarkerFileName);
        var published = false;
        var publishing = TimeSpan.Zero;
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
                published = staging is null || TryPublish(staging, run);
                publishing = Stopwatch.GetElapsedTime(start);
            }
        }
        finally
        {
            if (!published && staging is not null && !staging.Discard())
            {
                run.ReportBuildProblem(Severity.Warning, $"Could not delete the temporary folder '{staging.StagingDirectory}'.");
            }
        }

        return new BuildResult
        {
            Succeeded = published,
            OutputDirectory = outputDirectory,
            Files = published && staging is null ? run.KeptFiles() : FrozenDictionary<string, ReadOnlyMemory<byte>>.Empty,
            Diagnostics = run.SortedDiagnostics(),
            Phases = run.PhaseReports(),
            Outputs = outputs,
            WrittenFiles = (int)run.WrittenFiles,
            WrittenBytes = run.WrittenBytes,
            Elapsed = stopwatch.Elapsed,
            PublishElapsed = publishing,
        };
    }

    private static bool TryPublish(StagedOutput staging, EngineRun run)
    {
        try
        {
            if (staging.Publish() is { } leftover)
            {
                run.ReportBuildProblem(Severity.Warning, $"Could not delete the previous output, moved to '{leftover}'.");
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            run.ReportBuildProblem(Severity.Error, $"Cannot replace the output folder '{staging.FinalDirectory}': {exception.Message}", exception);
            return false;
        }
    }

    private static BuildResult Failed(string? outputDirectory, IEnumerable<PipelineDiagnostic> errors, TimeSpan elapsed) => new()
    {
        Succeeded = false,
        OutputDirectory = outputDirectory,
        Diagnostics = [.. errors],
        Elapsed = elapsed,
    };
}
