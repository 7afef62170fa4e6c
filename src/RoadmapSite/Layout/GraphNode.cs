using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// One box of the graph. <see cref="X"/> and <see cref="Y"/> are its top-left corner; the box is
/// <see cref="Width"/> by <see cref="Height"/> pixels.
/// </summary>
internal sealed record GraphNode
{
    /// <summary>Unique within its graph; edges refer to nodes by it.</summary>
    public required string Id { get; init; }

    public required GraphNodeKind Kind { get; init; }

    /// <summary>The section the node belongs to (or is); null for the title node.</summary>
    public string? SectionId { get; init; }

    /// <summary>The roadmap item the node shows; null for title and section nodes.</summary>
    public string? ItemId { get; init; }

    /// <summary>The title wrapped to at most three lines, the last one ending in "…" when it was cut short.</summary>
    public required ImmutableArray<string> LabelLines { get; init; }

    /// <summary>The whole plain-text title, for the tooltip and the accessible name.</summary>
    public required string FullTitle { get; init; }

    public Difficulty Difficulty { get; init; }

    /// <summary>Star count 0-3 when the author marked it, null when unmarked.</summary>
    public int? Importance { get; init; }

    /// <summary>0 on the spine, 1 for a section's top-level items, 2 for their children, and so on.</summary>
    public required int Depth { get; init; }

    public required GraphSide Side { get; init; }

    public required double X { get; init; }

    public required double Y { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    /// <summary>The id of the nearest fold node that hides this node until it is opened; null when always shown.</summary>
    public string? FoldedBy { get; init; }

    /// <summary>For a fold node: how many subtopics it folds away.</summary>
    public int Folds { get; init; }

    public double Right => X + Width;

    public double Bottom => Y + Height;
}
