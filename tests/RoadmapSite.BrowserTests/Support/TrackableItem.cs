namespace RoadmapSite.BrowserTests.Support;

/// <summary>A topic a visitor can track, as roadmap.json describes it, in roadmap order.</summary>
public sealed record TrackableItem(
    string Id,
    string Title,
    string Section,
    int Part,
    bool Checked,
    string? Difficulty,
    int? Importance,
    int CheckboxOffset,
    int CheckboxLength,
    IReadOnlyList<string> Aliases,
    bool HasChildren = false);
