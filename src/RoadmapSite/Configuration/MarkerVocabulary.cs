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

    public static MarkerVocabulary Default { get; } = new();
}
