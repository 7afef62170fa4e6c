namespace RoadmapSite.Pipelines;

public enum PhaseStatus
{
    Running,
    Succeeded,
    Failed,

    /// <summary>Not run because a phase it waits for failed or was skipped.</summary>
    Skipped,
}
