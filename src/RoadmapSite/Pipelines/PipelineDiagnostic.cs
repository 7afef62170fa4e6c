using RoadmapSite.Model;

namespace RoadmapSite.Pipelines;

/// <summary>
/// A warning or error raised while building: by a module (<see cref="PipelineContext.ReportError"/>), by an exception
/// a module threw, or by the engine itself (then <see cref="Pipeline"/> is null).
/// </summary>
public sealed record PipelineDiagnostic(Severity Severity, string Message)
{
    public string? Pipeline { get; init; }

    public Phase? Phase { get; init; }

    /// <summary>The module's type name, e.g. <c>WriteFiles</c>.</summary>
    public string? Module { get; init; }

    /// <summary>The source file the problem is in, when the module knows it.</summary>
    public string? File { get; init; }

    /// <summary>1-based, as editors show it.</summary>
    public int? Line { get; init; }

    /// <summary>1-based, as editors show it.</summary>
    public int? Column { get; init; }

    /// <summary>The exception a module threw, kept for a verbose report; <see cref="Message"/> already summarises it.</summary>
    public Exception? Exception { get; init; }

    /// <summary>
    /// The compiler-style line <c>file:line:col: error: message</c>. A diagnostic about the build itself rather than
    /// an input file names where it arose instead: <c>error: [Pipeline/Phase/Module] message</c>.
    /// </summary>
    public override string ToString()
    {
        var location = File is null ? "" : $"{File}{(Line is { } line ? $":{line}" : "")}{(Line is not null && Column is { } column ? $":{column}" : "")}: ";
        var origin = Pipeline is null || File is not null ? "" : $"[{string.Join('/', new[] { Pipeline, Phase?.ToString(), Module }.OfType<string>())}] ";
        return $"{location}{(Severity == Severity.Error ? "error" : "warning")}: {origin}{Message}";
    }
}
