using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>What one item's first line says: title, description, markers, explicit id and links.</summary>
internal sealed record ItemLine
{
    public string TitleHtml { get; init; } = "";

    public string Title { get; init; } = "";

    /// <summary>The title as written, emoji shortcodes included (see <see cref="MarkdownSetup.SourceText(IEnumerable{InlineSegment})"/>); ids and anchors come from it.</summary>
    public string? SourceTitle { get; init; }

    public string IdTitle => SourceTitle ?? Title;

    /// <summary>Where the title links to, when the title is written as a link; else empty.</summary>
    public string TitleUrl { get; init; } = "";

    public string DescriptionHtml { get; init; } = "";

    public string Description { get; init; } = "";

    public Difficulty Difficulty { get; init; }

    public int? Importance { get; init; }

    public string? ExplicitId { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<ItemLink> Links { get; init; } = [];

    /// <summary>
    /// The line read whole, when it was cut into title and description at a colon in plain text: used instead where the
    /// cut would give two sibling topics the same title (<see cref="SiblingTitles"/>).
    /// </summary>
    public ItemLine? Unsplit { get; init; }
}
