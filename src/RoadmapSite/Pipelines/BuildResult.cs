using System.Collections.Frozen;
using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Pipelines;

/// <summary>What a build did; <see cref="Succeeded"/> is true only if the output folder was replaced (or, built in memory, the site is complete).</summary>
public sealed record BuildResult
{
    public required bool Succeeded { get; init; }

    /// <summary>The final output folder (full path); null for a build kept in memory.</summary>
    public required string? OutputDirectory { get; init; }

    /// <summary>
    /// A build kept in memory (<see cref="EngineOptions.OutputDirectory"/> null): every file of the site by its
    /// destination ("index.html", "assets/js/app.3f2a9c1b7d.js"). Empty for a build into a folder, or a failed one.
    /// </summary>
    public FrozenDictionary<string, ReadOnlyMemory<byte>> Files { get; init; } = FrozenDictionary<string, ReadOnlyMemory<byte>>.Empty;

    /// <summary>Sorted by pipeline (declaration order), phase, module, then file, line and column; engine-level problems last.</summary>
    public ImmutableArray<PipelineDiagnostic> Diagnostics { get; init; } = [];

    public ImmutableArray<PipelineDiagnostic> Errors => [.. Diagnostics.Where(d => d.Severity == Severity.Error)];

    public ImmutableArray<PipelineDiagnostic> Warnings => [.. Diagnostics.Where(d => d.Severity == Severity.Warning)];

    /// <summary>Every phase of every pipeline, in declaration order then phase order, with its status and elapsed time.</summary>
    public ImmutableArray<PhaseReport> Phases { get; init; } = [];

    /// <summary>The documents each pipeline's Output phase returned, by pipeline name.</summary>
    internal ImmutableSortedDictionary<string, ImmutableArray<Document>> Outputs { get; init; } =
        ImmutableSortedDictionary.Create<string, ImmutableArray<Document>>(StringComparer.Ordinal);

    public int WrittenFiles { get; init; }

    public long WrittenBytes { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Of <see cref="Elapsed"/>, the time spent putting the finished output in place of the previous one.</summary>
    public TimeSpan PublishElapsed { get; init; }
}
