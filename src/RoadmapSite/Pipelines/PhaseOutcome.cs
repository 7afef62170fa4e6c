using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>How a phase ended, and the documents it hands to the next phase and to other pipelines.</summary>
internal sealed record PhaseOutcome(PhaseStatus Status, ImmutableArray<Document> Documents)
{
    public static PhaseOutcome Failed { get; } = new(PhaseStatus.Failed, []);

    public static PhaseOutcome Skipped { get; } = new(PhaseStatus.Skipped, []);
}
