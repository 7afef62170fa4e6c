using RoadmapSite.Pipelines;

namespace RoadmapSite.Serving;

/// <summary>
/// Where the time of one serve rebuild went, from the first file event of the save to the pages being told
/// (<c>roadmap-site serve --timings</c> prints it; the benchmark reads it).
/// </summary>
/// <param name="Waited">From the first file event to the rebuild starting: the watcher's debounce, plus a build still running.</param>
/// <param name="Read">Reading the content and site.yml and resolving the theme.</param>
/// <param name="Build">The pipelines, the output written and published (<see cref="BuildResult.Phases"/> has the split).</param>
/// <param name="Notify">Telling the connected pages to reload or show the errors.</param>
/// <param name="Pages">The pages that were told.</param>
public sealed record RebuildTimings(TimeSpan Waited, TimeSpan Read, TimeSpan Build, TimeSpan Notify, int Pages);
