using System.Collections.Immutable;

namespace RoadmapSite.Layout;

/// <summary>
/// A laid-out graph: every node placed and every edge routed on a canvas of <see cref="Width"/> by <see cref="Height"/>
/// pixels. <see cref="Column"/>, when present, is the same graph as one narrow column (same nodes, same order, same
/// labels and box sizes; other places and edges), for screens too narrow for this one. Pure geometry;
/// <see cref="SvgGraphRenderer"/> draws it.
/// </summary>
internal sealed record GraphLayout(
    double Width,
    double Height,
    ImmutableArray<GraphNode> Nodes,
    ImmutableArray<GraphEdge> Edges)
{
    public GraphLayout? Column { get; init; }
}
