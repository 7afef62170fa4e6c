using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using RoadmapSite.Model;

namespace RoadmapSite.Pipelines;

/// <summary>What a module sees of the build while it runs: settings, other pipelines' outputs, and where to report problems.</summary>
internal sealed class PipelineContext
{
    private readonly EngineRun _run;
    private readonly int _moduleIndex;
    private int _errorCount;

    internal PipelineContext(
        EngineRun run,
        string pipelineName,
        Phase phase,
        string moduleName,
        int moduleIndex,
        ImmutableSortedDictionary<string, ImmutableArray<Document>> visibleOutputs)
    {
        _run = run;
        PipelineName = pipelineName;
        Phase = phase;
        ModuleName = moduleName;
        _moduleIndex = moduleIndex;
        AllOutputs = visibleOutputs;
    }

    public string PipelineName { get; }

    public Phase Phase { get; }

    public string ModuleName { get; }

    public ILogger Logger => _run.Options.Logger;

    public CancellationToken Cancellation => _run.Cancellation;

    /// <summary>
    /// The temporary folder this build writes, which becomes the output folder if the build succeeds; null when the
    /// build is kept in memory (<see cref="KeepFile"/>).
    /// </summary>
    public string? OutputDirectory => _run.StagingDirectory;

    /// <summary>
    /// The Process outputs this phase may read, by pipeline name: none during Input, the (transitive) dependencies
    /// during Process, every pipeline during PostProcess and Output. Only finished phases are visible, so what a
    /// module reads never depends on timing.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableArray<Document>> AllOutputs { get; }

    /// <summary>The documents <paramref name="pipelineName"/>'s Process phase returned; see <see cref="AllOutputs"/> for which are visible.</summary>
    public ImmutableArray<Document> OutputsOf(string pipelineName)
    {
        if (AllOutputs.TryGetValue(pipelineName, out var documents))
        {
            return documents;
        }

        if (!_run.IsDeclared(pipelineName))
        {
            throw new InvalidOperationException($"There is no pipeline named '{pipelineName}'.");
        }

        var remedy = Phase == Phase.Input
            ? "no other pipeline's outputs are visible during Input"
            : $"add '{pipelineName}' to the Dependencies of '{PipelineName}'";
        throw new InvalidOperationException(
            $"Pipeline '{PipelineName}' cannot read the outputs of '{pipelineName}' during {Phase}: {remedy}.");
    }

    /// <summary>Records a warning; warnings don't fail the build. Safe to call from many threads.</summary>
    public void ReportWarning(string message, string? file = null, int? line = null, int? column = null) =>
        Report(Severity.Warning, message, file, line, column, exception: null);

    /// <summary>
    /// Records an error; the module still finishes, then the phase fails, phases waiting for it are skipped and the
    /// output folder is left as it was. Safe to call from many threads.
    /// </summary>
    public void ReportError(string message, string? file = null, int? line = null, int? column = null) =>
        Report(Severity.Error, message, file, line, column, exception: null);

    internal bool HasErrors => Volatile.Read(ref _errorCount) > 0;

    internal void ReportException(Exception exception) =>
        Report(Severity.Error, $"{exception.GetType().Name}: {exception.Message}", null, null, null, exception);

    /// <summary>True if this document is the first to claim <paramref name="destination"/>; a later claim is a build error.</summary>
    internal bool ClaimDestination(string destination) => _run.ClaimDestination(PipelineName, destination);

    internal void RecordWrittenFile(long bytes) => _run.RecordWrittenFile(bytes);

    internal void KeepFile(string destination, ReadOnlyMemory<byte> content) => _run.Keep(destination, content);

    private void Report(Severity severity, string message, string? file, int? line, int? column, Exception? exception)
    {
        if (severity == Severity.Error)
        {
            Interlocked.Increment(ref _errorCount);
        }

        _run.Report(_moduleIndex, new PipelineDiagnostic(severity, message)
        {
            Pipeline = PipelineName,
            Phase = Phase,
            Module = ModuleName,
            File = file,
            Line = line,
            Column = column,
            Exception = exception,
        });
    }
}
