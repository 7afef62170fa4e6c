namespace RoadmapSite.Pipelines;

/// <summary>
/// The state of one phase of one pipeline: sent to <see cref="EngineOptions.Progress"/> when it starts and ends,
/// and listed in <see cref="BuildResult.Phases"/> for timings.
/// </summary>
/// <param name="Documents">Documents the phase returned; 0 while running, failed or skipped.</param>
public sealed record PhaseReport(string Pipeline, Phase Phase, PhaseStatus Status, TimeSpan Elapsed, int Documents);
