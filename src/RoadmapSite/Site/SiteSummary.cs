namespace RoadmapSite.Site;

/// <summary>What a finished build holds: the pages it rendered and the roadmap's items (all, and those a visitor can tick).</summary>
public sealed record SiteSummary(int Pages, int Items, int TrackableItems);
