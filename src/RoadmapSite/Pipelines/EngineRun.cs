using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RoadmapSite.Model;

namespace RoadmapSite.Pipelines;

/// <summary>One build: schedules every phase of every pipeline as a task and collects what they report.</summary>
internal sealed class EngineRun
{
    private static readonly Phase[] Phases = Enum.GetValues<Phase>();

    private readonly PipelineGraph _graph;
    private readonly ImmutableDictionary<string, int> _declarationIndex;
    private readonly ConcurrentQueue<(int Pipeline, int Phase, int Module, PipelineDiagnostic Diagnostic)> _diagnostics = new();
    private readonly Lock _destinationsLock = new();
    private readonly Dictionary<string, List<(string Pipeline, string Destination)>> _destinations = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhaseReport[] _reports;
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _kept = new(StringComparer.Ordinal);
    private long _writtenFiles;
    private long _writtenBytes;

    public EngineRun(PipelineGraph graph, EngineOptions options, string? stagingDirectory, CancellationToken cancellation)
    {
        _graph = graph;
        Options = options;
        StagingDirectory = stagingDirectory;
        Cancellation = cancellation;
        _declarationIndex = graph.Pipelines.Select((pipeline, index) => KeyValuePair.Create(pipeline.Name, index))
            .ToImmutableDictionary(StringComparer.Ordinal);
        _reports = [.. graph.Pipelines.SelectMany(p => Phases.Select(phase => new PhaseReport(p.Name, phase, PhaseStatus.Skipped, TimeSpan.Zero, 0)))];
    }

    public EngineOptions Options { get; }

    /// <summary>The folder the build writes, or null for a build kept in memory (<see cref="Keep"/>).</summary>
    public string? StagingDirectory { get; }

    public CancellationToken Cancellation { get; }

    public bool HasErrors => _diagnostics.Any(entry => entry.Diagnostic.Severity == Severity.Error);

    public long WrittenFiles => Interlocked.Read(ref _writtenFiles);

    public long WrittenBytes => Interlocked.Read(ref _writtenBytes);

    public bool IsDeclared(string pipelineName) => _graph.Contains(pipelineName);

    /// <summary>
    /// Starts every phase; each awaits exactly what it needs (Statiq's schedule) and none ever faults: failures
    /// become diagnostics. Only cancellation ends a phase task early. Returns the Output phase task of each pipeline.
    /// </summary>
    public IReadOnlyDictionary<string, Task<PhaseOutcome>> Start()
    {
        var input = new Dictionary<string, Task<PhaseOutcome>>(StringComparer.Ordinal);
        var process = new Dictionary<string, Task<PhaseOutcome>>(StringComparer.Ordinal);
        foreach (var pipeline in _graph.InDependencyOrder)
        {
            input[pipeline.Name] = Run(pipeline, Phase.Input, source: null, prerequisites: [], visible: []);
            var dependencies = _graph.TransitiveDependenciesOf(pipeline.Name).Select(name => (name, process[name])).ToArray();
            process[pipeline.Name] = Run(pipeline, Phase.Process, input[pipeline.Name], [input[pipeline.Name]], dependencies);
        }

        // The barrier: PostProcess may look at everything any pipeline processed.
        var everything = process.Select(entry => (entry.Key, entry.Value)).ToArray();
        var output = new Dictionary<string, Task<PhaseOutcome>>(StringComparer.Ordinal);
        foreach (var pipeline in _graph.InDependencyOrder)
        {
            var postProcess = Run(pipeline, Phase.PostProcess, process[pipeline.Name], [], everything);
            output[pipeline.Name] = Run(pipeline, Phase.Output, postProcess, [postProcess], everything);
        }

        return output;
    }

    public ImmutableArray<PhaseReport> PhaseReports() => [.. _reports];

    public ImmutableArray<PipelineDiagnostic> SortedDiagnostics() =>
    [
        .. _diagnostics
            .OrderBy(entry => entry.Pipeline)
            .ThenBy(entry => entry.Phase)
            .ThenBy(entry => entry.Module)
            .ThenBy(entry => entry.Diagnostic.File, StringComparer.Ordinal)
            .ThenBy(entry => entry.Diagnostic.Line)
            .ThenBy(entry => entry.Diagnostic.Column)
            .ThenBy(entry => entry.Diagnostic.Message, StringComparer.Ordinal)
            .Select(entry => entry.Diagnostic),
    ];

    public void Report(int moduleIndex, PipelineDiagnostic diagnostic) =>
        _diagnostics.Enqueue((
            diagnostic.Pipeline is { } name ? _declarationIndex[name] : int.MaxValue,
            diagnostic.Phase is { } phase ? (int)phase : int.MaxValue,
            moduleIndex,
            diagnostic));

    public void ReportBuildProblem(Severity severity, string message, Exception? exception = null) =>
        Report(int.MaxValue, new PipelineDiagnostic(severity, message) { Exception = exception });

    public bool ClaimDestination(string pipeline, string destination)
    {
        lock (_destinationsLock)
        {
            if (_destinations.TryGetValue(destination, out var claims))
            {
                claims.Add((pipeline, destination));
                return false;
            }

            _destinations[destination] = [(pipeline, destination)];
            return true;
        }
    }

    /// <summary>A file of a build kept in memory (destinations are claimed first, so each is kept once).</summary>
    public void Keep(string destination, ReadOnlyMemory<byte> content) => _kept[destination] = content;

    public FrozenDictionary<string, ReadOnlyMemory<byte>> KeptFiles() => _kept.ToFrozenDictionary(StringComparer.Ordinal);

    public void RecordWrittenFile(long bytes)
    {
        Interlocked.Increment(ref _writtenFiles);
        Interlocked.Add(ref _writtenBytes, bytes);
    }

    /// <summary>Reports every destination claimed more than once, after all writing is done so the message names every claimant.</summary>
    public void ReportDestinationConflicts()
    {
        var conflicts = _destinations.Values
            .Where(claims => claims.Count > 1)
            .Select(claims => claims.OrderBy(c => c.Destination, StringComparer.Ordinal).ThenBy(c => c.Pipeline, StringComparer.Ordinal).ToArray())
            .OrderBy(claims => claims[0].Destination, StringComparer.Ordinal);
        foreach (var claims in conflicts)
        {
            var spellings = claims.Select(c => c.Destination).Distinct(StringComparer.Ordinal).ToArray();
            var pipelines = claims.Select(c => c.Pipeline).Distinct(StringComparer.Ordinal).ToArray();
            var message = spellings.Length > 1
                ? $"Destinations {JoinAsList(claims.Select(c => $"'{c.Destination}' (pipeline '{c.Pipeline}')"))} differ only in case and would overwrite each other on a case-insensitive host."
                : pipelines.Length > 1
                    ? $"Destination '{spellings[0]}' is written by pipelines {JoinAsList(pipelines.Select(p => $"'{p}'"))}; each file must come from exactly one document."
                    : $"Destination '{spellings[0]}' is written by {claims.Length} documents of pipeline '{pipelines[0]}'; each file must come from exactly one document.";
            ReportBuildProblem(Severity.Error, message);
        }
    }

    private static string JoinAsList(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length == 1 ? all[0] : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }

    private Task<PhaseOutcome> Run(
        Pipeline pipeline,
        Phase phase,
        Task<PhaseOutcome>? source,
        Task<PhaseOutcome>[] prerequisites,
        (string Name, Task<PhaseOutcome> Task)[] visible) =>
        // Task.Run so a module that blocks synchronously can't hold up the scheduling of other pipelines.
        Task.Run(() => RunAsync(pipeline, phase, source, prerequisites, visible), Cancellation);

    private async Task<PhaseOutcome> RunAsync(
        Pipeline pipeline,
        Phase phase,
        Task<PhaseOutcome>? source,
        Task<PhaseOutcome>[] prerequisites,
        (string Name, Task<PhaseOutcome> Task)[] visible)
    {
        await Task.WhenAll([.. prerequisites, .. visible.Select(v => v.Task)]).ConfigureAwait(false);
        var slot = _declarationIndex[pipeline.Name] * Phases.Length + (int)phase;
        if (prerequisites.Concat(visible.Select(v => v.Task)).Any(task => task.Result.Status != PhaseStatus.Succeeded))
        {
            Options.Logger.LogDebug("{Pipeline} {Phase} skipped: a phase it waits for did not succeed", pipeline.Name, phase);
            SetReport(slot, new PhaseReport(pipeline.Name, phase, PhaseStatus.Skipped, TimeSpan.Zero, 0));
            return PhaseOutcome.Skipped;
        }

        Cancellation.ThrowIfCancellationRequested();
        var outputs = visible.ToImmutableSortedDictionary(v => v.Name, v => v.Task.Result.Documents, StringComparer.Ordinal);
        var documents = source?.Result.Documents ?? [];
        var modules = pipeline.ModulesOf(phase);
        SetReport(slot, new PhaseReport(pipeline.Name, phase, PhaseStatus.Running, TimeSpan.Zero, 0));
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < modules.Count; index++)
        {
            var module = modules[index];
            var context = new PipelineContext(this, pipeline.Name, phase, NameOf(module), index, outputs);
            try
            {
                documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
                if (documents.IsDefault)
                {
                    context.ReportError("The module returned a default ImmutableArray; return [] for no documents.");
                }
            }
            catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                Options.Logger.LogDebug(exception, "{Pipeline} {Phase} {Module} threw", pipeline.Name, phase, context.ModuleName);
                context.ReportException(exception);
            }

            if (context.HasErrors)
            {
                SetReport(slot, new PhaseReport(pipeline.Name, phase, PhaseStatus.Failed, stopwatch.Elapsed, 0));
                return PhaseOutcome.Failed;
            }
        }

        SetReport(slot, new PhaseReport(pipeline.Name, phase, PhaseStatus.Succeeded, stopwatch.Elapsed, documents.Length));
        return new PhaseOutcome(PhaseStatus.Succeeded, documents);
    }

    private void SetReport(int slot, PhaseReport report)
    {
        _reports[slot] = report;
        try
        {
            Options.Progress?.Report(report);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A broken progress display must not break the build it displays.
            ReportBuildProblem(Severity.Warning, $"The progress reporter failed: {exception.GetType().Name}: {exception.Message}", exception);
        }
    }

    private static string NameOf(IModule module)
    {
        var name = module.GetType().Name;
        var arity = name.IndexOf('`', StringComparison.Ordinal);
        return arity < 0 ? name : name[..arity];
    }
}
