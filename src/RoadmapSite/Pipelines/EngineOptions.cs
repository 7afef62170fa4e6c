using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoadmapSite.Pipelines;

internal sealed record EngineOptions
{
    /// <summary>
    /// The folder the site ends up in. The engine writes a temporary sibling folder and replaces this one with it
    /// only when the whole build succeeded. Null keeps the site in memory instead (<see cref="BuildResult.Files"/>),
    /// which is how serve builds: no folder is created, filled and deleted on every rebuild.
    /// </summary>
    public required string? OutputDirectory { get; init; }

    /// <summary>
    /// What the output folder must never be, contain or lie inside (the build's sources). Beyond these the engine
    /// always refuses a file-system root, the current folder, the home folder, a Git repository, and a non-empty
    /// folder it did not write: see <see cref="OutputFolderGuard"/>.
    /// </summary>
    public IReadOnlyList<ProtectedPath> ProtectedPaths { get; init; } = [];

    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Told when each phase of each pipeline starts, and how it ended; reports arrive from many threads.</summary>
    public IProgress<PhaseReport>? Progress { get; init; }
}
