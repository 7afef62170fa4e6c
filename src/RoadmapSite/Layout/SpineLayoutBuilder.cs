using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// Places spine nodes top to bottom and hangs each section's items off both sides as tidy trees.
/// Each subtree gets its own vertical band (bands of siblings never overlap) and a parent is centred on its
/// children's band; columns are fixed per depth, so horizontal placement needs no search at all.
/// Positions are kept relative to the spine until <see cref="Build"/> knows how wide the canvas must be.
/// </summary>
internal sealed class SpineLayoutBuilder(bool includeDescendants)
{
    private const double CanvasPadding = 24;
    private const double ColumnGap = 56;
    private const double SpineGap = 40;
    private const double SiblingGap = 16;

    private readonly List<PlacedNode> _nodes = [];
    private readonly List<(PlacedNode From, PlacedNode To, bool IsSpine)> _edges = [];
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private PlacedNode? _lastSpineNode;
    private double _cursorY;
    private int _deepestColumn;

    public void AddTitle(string title)
    {
        var label = Label(GraphNodeKind.Title, title, importance: null);
        AddSpineNode(new PlacedNode(UniqueId("title"), GraphNodeKind.Title, null, null, title, label.Lines, Difficulty.None, null, 0, GraphSide.Spine, _cursorY, label.Height));
        _cursorY += label.Height + SpineGap;
    }

    public void AddSection(RoadmapSection section)
    {
        var label = Label(GraphNodeKind.Section, section.Title, importance: null);
        var sectionNode = new PlacedNode(UniqueId("section/" + section.Id), GraphNodeKind.Section, section.Id, null, section.Title, label.Lines, Difficulty.None, null, 0, GraphSide.Spine, _cursorY, label.Height);
        AddSpineNode(sectionNode);

        // Greedy balance in document order: each top-level item goes to the shorter side, left on a tie, so equal
        // items alternate and one tall subtree is answered by several short ones on the other side. The section
        // sits at the top of its band, level with its first items, so a reader meets the heading first even when a
        // long list follows. Nodes are added in document order, which is the order keyboard focus will follow.
        var leftHeight = 0.0;
        var rightHeight = 0.0;
        foreach (var subtree in section.Items.Select(Measure))
        {
            if (leftHeight <= rightHeight)
            {
                Place(subtree, sectionNode, GraphSide.Left, depth: 1, top: _cursorY + leftHeight);
                leftHeight += subtree.Height + SiblingGap;
            }
            else
            {
                Place(subtree, sectionNode, GraphSide.Right, depth: 1, top: _cursorY + rightHeight);
                rightHeight += subtree.Height + SiblingGap;
            }
        }

        var bandHeight = Math.Max(label.Height, Math.Max(leftHeight, rightHeight) - SiblingGap);
        _cursorY += bandHeight + SpineGap;
    }

    public GraphLayout Build()
    {
        var halfSpan = (NodeMetrics.SpineWidth / 2) + (_deepestColumn * (ColumnGap + NodeMetrics.ItemWidth));
        var width = (2 * CanvasPadding) + (2 * halfSpan);
        var centreX = width / 2;
        var contentHeight = _nodes.Count == 0 ? 0 : _nodes.Max(n => n.Top + n.Height);
        var height = (2 * CanvasPadding) + contentHeight;

        var nodes = new Dictionary<PlacedNode, GraphNode>(ReferenceEqualityComparer.Instance);
        foreach (var placed in _nodes)
        {
            nodes.Add(placed, ToGraphNode(placed, centreX));
        }

        var edges = _edges.Select(e => Route(nodes[e.From], nodes[e.To], e.IsSpine)).ToImmutableArray();
        return new GraphLayout(Round(width), Round(height), [.. _nodes.Select(n => nodes[n])], edges);
    }

    private void AddSpineNode(PlacedNode node)
    {
        _nodes.Add(node);
        if (_lastSpineNode is not null)
        {
            _edges.Add((_lastSpineNode, node, true));
        }

        _lastSpineNode = node;
    }

    private Subtree Measure(RoadmapItem item)
    {
        var kind = KindOf(item.Kind);
        var label = Label(kind, item.Title, item.Importance);
        var children = includeDescendants ? item.Children.Select(Measure).ToImmutableArray() : [];
        var childrenHeight = children.IsEmpty ? 0 : children.Sum(c => c.Height) + (SiblingGap * (children.Length - 1));
        return new Subtree(item, kind, label.Lines, label.Height, children, childrenHeight, Math.Max(label.Height, childrenHeight));
    }

    private void Place(Subtree subtree, PlacedNode parent, GraphSide side, int depth, double top)
    {
        _deepestColumn = Math.Max(_deepestColumn, depth);
        var item = subtree.Item;
        var node = new PlacedNode(
            UniqueId("item/" + parent.SectionId + "/" + item.Id),
            subtree.Kind,
            parent.SectionId,
            item.Id,
            item.Title,
            subtree.Lines,
            item.Difficulty,
            item.Importance,
            depth,
            side,
            top + ((subtree.Height - subtree.NodeHeight) / 2),
            subtree.NodeHeight);
        _nodes.Add(node);
        _edges.Add((parent, node, false));
        var childTop = top + ((subtree.Height - subtree.ChildrenHeight) / 2);
        foreach (var child in subtree.Children)
        {
            Place(child, node, side, depth + 1, childTop);
            childTop += child.Height + SiblingGap;
        }
    }

    private static GraphNode ToGraphNode(PlacedNode placed, double centreX)
    {
        var width = NodeMetrics.WidthOf(placed.Kind);
        var spineHalf = NodeMetrics.SpineWidth / 2;
        var x = placed.Side switch
        {
            GraphSide.Left => centreX - spineHalf - (placed.Depth * (ColumnGap + NodeMetrics.ItemWidth)),
            GraphSide.Right => centreX + spineHalf + (placed.Depth * ColumnGap) + ((placed.Depth - 1) * NodeMetrics.ItemWidth),
            _ => centreX - (width / 2),
        };

        return new GraphNode
        {
            Id = placed.Id,
            Kind = placed.Kind,
            SectionId = placed.SectionId,
            ItemId = placed.ItemId,
            LabelLines = placed.Lines,
            FullTitle = placed.FullTitle,
            Difficulty = placed.Difficulty,
            Importance = placed.Importance,
            Depth = placed.Depth,
            Side = placed.Side,
            X = Round(x),
            Y = Round(CanvasPadding + placed.Top),
            Width = Round(width),
            Height = Round(placed.Height),
        };
    }

    private static GraphEdge Route(GraphNode from, GraphNode to, bool isSpine)
    {
        if (isSpine)
        {
            var x = Round(from.X + (from.Width / 2));
            return new GraphEdge(from.Id, to.Id, GraphEdgeShape.Polyline, [new(x, Round(from.Bottom)), new(x, to.Y)], true);
        }

        // Outer side of the parent to inner side of the child; both control points sit mid-gap, and a Bézier stays
        // inside the hull of its control points, so the curve never leaves the gap between the two columns.
        var (startX, endX) = to.Side == GraphSide.Left ? (from.X, Round(to.Right)) : (Round(from.Right), to.X);
        var startY = Round(from.Y + (from.Height / 2));
        var endY = Round(to.Y + (to.Height / 2));
        var midX = Round((startX + endX) / 2);
        return new GraphEdge(
            from.Id,
            to.Id,
            GraphEdgeShape.CubicBezier,
            [new(startX, startY), new(midX, startY), new(midX, endY), new(endX, endY)],
            false);
    }

    private string UniqueId(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_usedIds.Add(id); n++)
        {
            id = wanted + "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }

    private static (ImmutableArray<string> Lines, double Height) Label(GraphNodeKind kind, string title, int? importance)
    {
        var lines = LabelWrapper.Wrap(title, NodeMetrics.LabelWidthInEms(kind), NodeMetrics.MaxLabelLines);
        return (lines, NodeMetrics.HeightOf(kind, lines.Length, importance));
    }

    private static GraphNodeKind KindOf(ItemKind kind) => kind switch
    {
        ItemKind.Group => GraphNodeKind.Group,
        ItemKind.Placeholder => GraphNodeKind.Placeholder,
        _ => GraphNodeKind.Item,
    };

    /// <summary>One decimal, and never "-0": the output must be byte-for-byte the same on every run.</summary>
    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0;

    private sealed record Subtree(
        RoadmapItem Item,
        GraphNodeKind Kind,
        ImmutableArray<string> Lines,
        double NodeHeight,
        ImmutableArray<Subtree> Children,
        double ChildrenHeight,
        double Height);

    private sealed record PlacedNode(
        string Id,
        GraphNodeKind Kind,
        string? SectionId,
        string? ItemId,
        string FullTitle,
        ImmutableArray<string> Lines,
        Difficulty Difficulty,
        int? Importance,
        int Depth,
        GraphSide Side,
        double Top,
        double Height);
}
