using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Configuration;

/// <summary>
/// The symbols that mark difficulty and importance at the start of an item. The default is the
/// backend roadmap's own legend; site.yml may replace it (<c>markers:</c>).
/// </summary>
public sealed record MarkerVocabulary
{
    public ImmutableDictionary<string, Difficulty> Difficulty { get; init; } = ImmutableDictionary<string, Difficulty>.Empty
        .Add("🟢", Model.Difficulty.Easy)
        .Add("🟡", Model.Difficulty.Medium)
        .Add("🔴", Model.Difficulty.Hard);

    /// <summary>Each occurrence of one of these counts one star of importance.</summary>
    public ImmutableArray<string> Importance { get; init; } = ["⭐", "★"];

    /// <summary>
    /// The alt texts of a priority image written at the start of a description (<c>**Doctype:** ![High][high] The …</c>),
    /// read ignoring case, with the importance each stands for. Such images come from other hosts and are shown as
    /// their alt text, so they become the topic's importance instead of a stray leading word.
    /// </summary>
    public ImmutableDictionary<string, int> ImportanceWords { get; init; } = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new Dictionary<string, int>
    {
        ["critical"] = 3, ["high"] = 3, ["p0"] = 3, ["p1"] = 3,
        ["important"] = 2, ["medium"] = 2, ["p2"] = 2,
        ["optional"] = 1, ["low"] = 1, ["p3"] = 1, ["p4"] = 1,
    });

    /// <summary>The symbols that start a time estimate (<c>⏱ 2h</c>).</summary>
    public ImmutableArray<string> Estimate { get; init; } = ["⏱"];

    /// <summary>The unit words of an estimate, each with how many minutes it stands for; matched ignoring case.</summary>
    public ImmutableArray<string> MinuteUnits { get; init; } = ["m", "min"];

    public ImmutableArray<string> HourUnits { get; init; } = ["h"];

    public ImmutableArray<string> DayUnits { get; init; } = ["d"];

    /// <summary>How many hours a day of an estimate (<c>⏱ 3d</c>) stands for.</summary>
    public double HoursPerDay { get; init; } = 8;

    /// <summary>Minutes per unit word, the longest words first (so "min" is tried before "m").</summary>
    public IEnumerable<(string Unit, double Minutes)> EstimateUnits() =>
        MinuteUnits.Select(unit => (unit, 1.0))
            .Concat(HourUnits.Select(unit => (unit, 60.0)))
            .Concat(DayUnits.Select(unit => (unit, HoursPerDay * 60)))
            .OrderByDescending(pair => pair.Item1.Length).ThenBy(pair => pair.Item1, StringComparer.Ordinal);

    public static MarkerVocabulary Default { get; } = new();
}
