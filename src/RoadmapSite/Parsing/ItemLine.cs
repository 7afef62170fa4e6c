using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>What one item's first line says: title, description, markers, explicit id and links.</summary>
internal sealed record ItemLine
{
    public string TitleHtml { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>Where the title links to, when the title is written as a link; else empty.</summary>
    public string TitleUrl { get; init; } = "";

    public string DescriptionHtml { get; init; } = "";

    public string Description { get; init; } = "";

    public Difficulty Difficulty { get; init; }

    public int? Importance { get; init; }

    public string? ExplicitId { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<ItemLink> Links { get; init; } = [];
}
