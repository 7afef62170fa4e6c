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

    /// <summary>
    /// The same graph mirrored left to right, for pages read right to left (as the page itself is mirrored): the
    /// first topics hang right of the spine, the column's spine runs down its right edge and subtopics are indented
    /// from the right. Labels are not mirrored, only where each box and edge lies.
    /// </summary>
    public GraphLayout Mirrored() => this with
    {
        Nodes = [.. Nodes.Select(node => node with
        {
            X = Width - node.Right,
            Side = node.Side switch { GraphSide.Left => GraphSide.Right, GraphSide.Right => GraphSide.Left, _ => node.Side },
        })],
        Edges = [.. Edges.Select(edge => edge with { Points = [.. edge.Points.Select(point => point with { X = Width - point.X })] })],
        Column = Column?.Mirrored(),
    };
}
