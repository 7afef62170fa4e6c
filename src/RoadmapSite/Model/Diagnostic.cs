namespace RoadmapSite.Model;

/// <summary>A problem found in the input, pointing at the file, line and column it comes from.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    /// <summary>The compiler-style line <c>file:line:col: error|warning: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message} [{Code}]";
}
