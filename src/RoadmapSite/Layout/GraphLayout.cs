using System.Collections.Immutable;

namespace RoadmapSite.Layout;

/// <summary>
/// A laid-out graph: every node placed and every edge routed on a canvas of <see cref="Width"/> by <see cref="Height"/>
/// pixels. Pure geometry; <see cref="SvgGraphRenderer"/> draws it.
/// </summary>
internal sealed record GraphLayout(
    double Width,
    double Height,
    ImmutableArray<GraphNode> Nodes,
    ImmutableArray<GraphEdge> Edges);
