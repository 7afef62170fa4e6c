using System.Collections.Immutable;

namespace RoadmapSite.Layout;

/// <summary>
/// A horizontal band of a large map, drawn as an <c>&lt;svg&gt;</c> of its own so the browser can skip the bands off
/// screen (<c>content-visibility: auto</c>): nodes <see cref="First"/> to <see cref="First"/> + <see cref="Count"/> − 1
/// of the layout, which lie between <see cref="Top"/> and <see cref="Bottom"/> in the wide layout and between
/// <see cref="ColumnTop"/> and <see cref="ColumnBottom"/> in the column. Stacked in order, the bands are the whole map.
/// </summary>
internal sealed record GraphPart(int First, int Count, double Top, double Bottom, double ColumnTop, double ColumnBottom)
{
    /// <summary>A map of up to this many nodes is one drawing: the browser lays out and paints it at once in a few milliseconds.</summary>
    public const int WholeUpTo = 1_000;

    /// <summary>
    /// Each band holds at least this many nodes (whole sections): a band on screen is drawn whole, and a band is a few
    /// screens tall, so scrolling paints one or two of them.
    /// </summary>
    public const int MinimumNodes = 100;

    /// <summary>
    /// How many bands, from the top, the browser parses with the page (SvgGraphRenderer): the first band is a few
    /// screens tall, so the first view is drawn at once; the rest wait as text for graph.js.
    /// </summary>
    public const int DrawnWithPage = 1;

    public double Height => Bottom - Top;

    public double ColumnHeight => ColumnBottom - ColumnTop;

    /// <summary>
    /// Cuts <paramref name="layout"/> into bands of whole sections, only where a horizontal line separates the nodes
    /// before a section from the section and everything after it in both the wide layout and the column (the spine
    /// layout stacks sections, so every section start qualifies). A map of at most <see cref="WholeUpTo"/> nodes, or
    /// one with no such line, is a single band: the whole canvas.
    /// </summary>
    public static ImmutableArray<GraphPart> Of(GraphLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var nodes = layout.Nodes;
        var column = layout.Column?.Nodes;
        var whole = new GraphPart(0, nodes.Length, 0, layout.Height, 0, layout.Column?.Height ?? 0);
        if (nodes.Length <= WholeUpTo)
        {
            return [whole];
        }

        // The lowest top from each node to the end, in both layouts: a cut before node i is clean when everything
        // above it ends above that.
        var lowestTop = new double[nodes.Length + 1];
        var lowestColumnTop = new double[nodes.Length + 1];
        (lowestTop[nodes.Length], lowestColumnTop[nodes.Length]) = (double.PositiveInfinity, double.PositiveInfinity);
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            lowestTop[i] = Math.Min(lowestTop[i + 1], nodes[i].Y);
            lowestColumnTop[i] = Math.Min(lowestColumnTop[i + 1], column?[i].Y ?? 0);
        }

        var parts = ImmutableArray.CreateBuilder<GraphPart>();
        var (first, top, columnTop) = (0, 0.0, 0.0);
        var (bottom, columnBottom) = (double.NegativeInfinity, double.NegativeInfinity);
        for (var i = 0; i < nodes.Length; i++)
        {
            var clean = nodes[i].Kind == GraphNodeKind.Section
                && i - first >= MinimumNodes
                && nodes.Length - i >= MinimumNodes
                && bottom <= lowestTop[i]
                && (column is null || columnBottom <= lowestColumnTop[i]);
            if (clean)
            {
                // The cut runs midway through the gap, so each band keeps its half of the edges crossing it.
                var cut = (bottom + lowestTop[i]) / 2;
                var columnCut = column is null ? 0 : (columnBottom + lowestColumnTop[i]) / 2;
                parts.Add(new GraphPart(first, i - first, top, cut, columnTop, columnCut));
                (first, top, columnTop) = (i, cut, columnCut);
            }

            bottom = Math.Max(bottom, nodes[i].Bottom);
            columnBottom = Math.Max(columnBottom, column?[i].Bottom ?? 0);
        }

        if (parts.Count == 0)
        {
            return [whole];
        }

        parts.Add(new GraphPart(first, nodes.Length - first, top, layout.Height, columnTop, layout.Column?.Height ?? 0));
        return parts.ToImmutable();
    }

    /// <summary>Whether an edge's drawing (its points' bounding box, which holds a Bézier curve too) reaches into the band.</summary>
    public bool Crosses(GraphEdge edge, bool inColumn)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var (low, high) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var point in edge.Points)
        {
            (low, high) = (Math.Min(low, point.Y), Math.Max(high, point.Y));
        }

        var (top, bottom) = inColumn ? (ColumnTop, ColumnBottom) : (Top, Bottom);
        return high >= top && low <= bottom;
    }
}
