using System.Globalization;

namespace RoadmapSite.Layout;

/// <summary>
/// The geometric promises of a layout, checked: boxes keep a margin between them, edges never cross a box other
/// than the two they join, everything lies on the canvas, and edges refer to real nodes; no label is drawn under
/// 12 px at the smallest scale the client draws a map at; and the narrow column, which holds the same nodes, keeps
/// the same promises and fits a 390 px phone without a side cut off.
/// </summary>
internal static class GraphGeometry
{
    /// <summary>The least free space wanted between two boxes.</summary>
    public const double NodeMargin = 8;

    /// <summary>No label is smaller than this many CSS pixels on a first view (at 100% browser zoom).</summary>
    public const double SmallestLabelPixels = 12;

    /// <summary>The least CSS pixels per drawing unit the client draws a map at on first view (graph.js: MIN_LEGIBLE_SCALE).</summary>
    public const double SmallestScale = SmallestLabelPixels / NodeMetrics.SmallestFontSize;

    /// <summary>The narrowest screen the column must fit, and the page's side gutters and map border there.</summary>
    public const double NarrowScreenWidth = 390;

    private const double NarrowScreenGutters = 34;

    // Rounding to one decimal may move a point by 0.05 px; don't call that a violation.
    private const double Tolerance = 0.06;

    /// <summary>Every broken promise of <paramref name="layout"/>, in words; empty when the layout is sound.</summary>
    public static IReadOnlyList<string> FindViolations(GraphLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var violations = new List<string>();
        var byId = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var node in layout.Nodes)
        {
            if (!byId.TryAdd(node.Id, node))
            {
                violations.Add($"Two nodes share the id '{node.Id}'.");
            }

            if (node.X < -Tolerance || node.Y < -Tolerance || node.Right > layout.Width + Tolerance || node.Bottom > layout.Height + Tolerance)
            {
                violations.Add($"Node '{node.Id}' at {Describe(node)} lies outside the {F(layout.Width)}x{F(layout.Height)} canvas.");
            }

            if (node.Width <= 0 || node.Height <= 0)
            {
                violations.Add($"Node '{node.Id}' has no area: {Describe(node)}.");
            }
        }

        FindOverlaps(layout, violations);
        foreach (var edge in layout.Edges)
        {
            CheckEdge(layout, edge, byId, violations);
        }

        foreach (var node in layout.Nodes.Where(n => NodeMetrics.FontSizeOf(n.Kind) * SmallestScale < SmallestLabelPixels - Tolerance))
        {
            violations.Add($"Node '{node.Id}' has a {F(NodeMetrics.FontSizeOf(node.Kind))}-unit label: under {F(SmallestLabelPixels)} px at the smallest scale.");
        }

        if (layout.Column is { } column)
        {
            if (!column.Nodes.Select(n => n.Id).SequenceEqual(layout.Nodes.Select(n => n.Id), StringComparer.Ordinal))
            {
                violations.Add("The column does not hold the same nodes in the same order.");
            }

            var room = (NarrowScreenWidth - NarrowScreenGutters) / SmallestScale;
            if (column.Width > room + Tolerance)
            {
                violations.Add($"The column is {F(column.Width)} wide: on a {F(NarrowScreenWidth)} px screen it needs more than the {F(room)} units that fit with labels of {F(SmallestLabelPixels)} px.");
            }

            if (column.Column is not null)
            {
                violations.Add("The column has a column of its own.");
            }

            violations.AddRange(FindViolations(column).Select(v => "Column: " + v));
        }

        return violations;
    }

    private static void FindOverlaps(GraphLayout layout, List<string> violations)
    {
        // Sweep down the canvas: only boxes starting within reach of a box's bottom can come near it.
        var sorted = layout.Nodes.OrderBy(n => n.Y).ThenBy(n => n.X).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var a = sorted[i];
            for (var j = i + 1; j < sorted.Count && sorted[j].Y < a.Bottom + NodeMargin - Tolerance; j++)
            {
                var b = sorted[j];
                if (HidesTheOther(a, b) || HidesTheOther(b, a))
                {
                    continue;
                }

                var apart = b.X >= a.Right + NodeMargin - Tolerance || a.X >= b.Right + NodeMargin - Tolerance;
                if (!apart)
                {
                    violations.Add($"Nodes '{a.Id}' {Describe(a)} and '{b.Id}' {Describe(b)} are closer than {F(NodeMargin)} px.");
                }
            }
        }
    }

    /// <summary>A fold node and a node it hides are never shown together: the node takes the fold's place.</summary>
    private static bool HidesTheOther(GraphNode fold, GraphNode other) =>
        fold.Kind == GraphNodeKind.Fold && other.FoldedBy == fold.Id;

    private static void CheckEdge(GraphLayout layout, GraphEdge edge, Dictionary<string, GraphNode> byId, List<string> violations)
    {
        var name = $"Edge '{edge.FromId}' -> '{edge.ToId}'";
        if (!byId.ContainsKey(edge.FromId) || !byId.ContainsKey(edge.ToId))
        {
            violations.Add($"{name} refers to a node that does not exist.");
            return;
        }

        var points = edge.Flatten();
        if (points.Length < 2)
        {
            violations.Add($"{name} has fewer than two points.");
            return;
        }

        if (points.Any(p => p.X < -Tolerance || p.Y < -Tolerance || p.X > layout.Width + Tolerance || p.Y > layout.Height + Tolerance))
        {
            violations.Add($"{name} leaves the canvas.");
        }

        var minX = points.Min(p => p.X);
        var maxX = points.Max(p => p.X);
        var minY = points.Min(p => p.Y);
        var maxY = points.Max(p => p.Y);
        foreach (var node in layout.Nodes)
        {
            if (node.Id == edge.FromId || node.Id == edge.ToId || (node.Kind == GraphNodeKind.Fold && byId[edge.ToId].FoldedBy == node.Id)
                || node.X > maxX || node.Right < minX || node.Y > maxY || node.Bottom < minY)
            {
                continue;
            }

            for (var i = 1; i < points.Length; i++)
            {
                if (SegmentCrossesBox(points[i - 1], points[i], node))
                {
                    violations.Add($"{name} passes through node '{node.Id}' {Describe(node)}.");
                    break;
                }
            }
        }
    }

    /// <summary>Liang–Barsky clipping against the box shrunk by the tolerance: does any part of the segment lie inside?</summary>
    private static bool SegmentCrossesBox(GraphPoint a, GraphPoint b, GraphNode node)
    {
        var (left, top) = (node.X + Tolerance, node.Y + Tolerance);
        var (right, bottom) = (node.Right - Tolerance, node.Bottom - Tolerance);
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var enter = 0.0;
        var leave = 1.0;
        ReadOnlySpan<(double P, double Q)> edges =
        [
            (-dx, a.X - left),
            (dx, right - a.X),
            (-dy, a.Y - top),
            (dy, bottom - a.Y),
        ];
        foreach (var (p, q) in edges)
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                enter = Math.Max(enter, t);
            }
            else
            {
                leave = Math.Min(leave, t);
            }

            if (enter > leave)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(GraphNode node) =>
        $"({F(node.X)}, {F(node.Y)}, {F(node.Width)}x{F(node.Height)})";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
