using System.Globalization;

namespace RoadmapSite.Layout;

/// <summary>The words of the graph's accessible names, in the interface language (the theme's string table).</summary>
internal sealed record GraphLabels(string Section, string Group, string Easy, string Medium, string Hard, string Unmarked, Func<int, string> Importance)
{
    /// <summary><see cref="Section"/> holds <c>{0}</c> for the section's title.</summary>
    public static GraphLabels English { get; } = new(
        "{0} — section", "group", "easy", "medium", "hard", "difficulty not marked",
        stars => $"importance {stars.ToString(CultureInfo.InvariantCulture)} of 3");
}
