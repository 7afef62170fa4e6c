namespace RoadmapSite.Layout;

/// <summary>How the points of a <see cref="GraphEdge"/> are joined.</summary>
internal enum GraphEdgeShape
{
    /// <summary>Straight segments through every point.</summary>
    Polyline,

    /// <summary>One cubic Bézier curve: start, two control points, end.</summary>
    CubicBezier,
}
