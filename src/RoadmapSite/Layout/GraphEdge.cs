using System.Collections.Immutable;

namespace RoadmapSite.Layout;

/// <summary>
/// A connection from one node to another. Spine edges run down the spine between consecutive spine nodes;
/// the others run from a parent's outer side to its child's inner side, across the gap between their columns.
/// </summary>
internal sealed record GraphEdge(
    string FromId,
    string ToId,
    GraphEdgeShape Shape,
    ImmutableArray<GraphPoint> Points,
    bool IsSpine)
{
    private const int BezierSamples = 24;

    /// <summary>The fold node that hides this edge (with the node it leads to) until it is opened; null when shown.</summary>
    public string? FoldedBy { get; init; }

    /// <summary>
    /// The edge as straight segments: the polyline itself, or the Bézier curve sampled finely enough
    /// for geometric checks.
    /// </summary>
    public ImmutableArray<GraphPoint> Flatten()
    {
        if (Shape == GraphEdgeShape.Polyline || Points.Length != 4)
        {
            return Points;
        }

        var (p0, p1, p2, p3) = (Points[0], Points[1], Points[2], Points[3]);
        var samples = ImmutableArray.CreateBuilder<GraphPoint>(BezierSamples + 1);
        for (var i = 0; i <= BezierSamples; i++)
        {
            var t = (double)i / BezierSamples;
            var u = 1 - t;
            var a = u * u * u;
            var b = 3 * u * u * t;
            var c = 3 * u * t * t;
            var d = t * t * t;
            samples.Add(new GraphPoint(
                (a * p0.X) + (b * p1.X) + (c * p2.X) + (d * p3.X),
                (a * p0.Y) + (b * p1.Y) + (c * p2.Y) + (d * p3.Y)));
        }

        return samples.MoveToImmutable();
    }
}
