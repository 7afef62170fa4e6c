using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>Collects what the parser finds wrong with a document, in the order found.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> diagnostics = [];

    public void Warning(string code, string message, SourceLocation location) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, code, message, location));

    public void Error(string code, string message, SourceLocation location) =>
        diagnostics.Add(new Diagnostic(Severity.Error, code, message, location));

    public ImmutableArray<Diagnostic> ToImmutable() => [.. diagnostics];
}
