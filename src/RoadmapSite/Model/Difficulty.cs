namespace RoadmapSite.Model;

/// <summary>How hard an item is, as marked by the author (🟢 🟡 🔴 by default).</summary>
public enum Difficulty
{
    None,
    Easy,
    Medium,
    Hard,
}
