using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// Lays a roadmap out twice from one measurement, with the same nodes in the same order and the same labels:
/// <list type="bullet">
/// <item>wide: sections down a central spine, each section's topics hanging left and right of it (balanced greedily)
/// on a trunk that runs down the gap beside the spine with one short branch per topic; a topic's subtopics stacked
/// under it, indented and drawn smaller, each on a short branch from a trunk under its parent;</item>
/// <item>a single column for narrow screens: the spine down the left, each section followed by its topics, each topic
/// by its subtopics, indented the same way.</item>
/// </list>
/// A group of more than <see cref="FoldThreshold"/> subtopics shows its first <see cref="ShownBeforeFold"/> and a
/// "+N more" fold node at the place of the next; the folded nodes keep their room in both layouts, so opening the fold
/// in place (graph.js) moves nothing and overlaps nothing.
/// Boxes have the same width in both, so labels wrap once (on the server) and a narrow screen only moves the nodes.
/// Edges are axis-aligned polylines that only run through gaps and indents, so no edge crosses a node
/// (<see cref="GraphGeometry.FindViolations"/> checks this).
/// </summary>
internal sealed class SpineLayoutBuilder
{
    private const double CanvasPadding = 24;
    private const double ColumnPadding = 12;
    private const double ColumnGap = 56;
    private const double SpineGap = 40;
    private const double SiblingGap = 16;
    private const double SubtopicGap = 8;

    /// <summary>A group of more subtopics than this folds all but the first <see cref="ShownBeforeFold"/> behind "+N more".</summary>
    public const int FoldThreshold = 8;

    public const int ShownBeforeFold = 5;

    // The column layout: topics start this far right of their section, subtopics Indent further per level.
    private const double ColumnTopicIndent = 24;

    private readonly List<Measured> _spine = [];
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    public void AddTitle(string title) =>
        _spine.Add(new Measured(UniqueId("title"), GraphNodeKind.Title, null, null, null, title, Label(GraphNodeKind.Title, 0, title, null), 0, []));

    public void AddSection(RoadmapSection section)
    {
        var topics = section.Items.Select(item => Measure(item, section.Id, 0)).ToImmutableArray();
        _spine.Add(new Measured(UniqueId("section/" + section.Id), GraphNodeKind.Section, section.Id, null, null, section.Title, Label(GraphNodeKind.Section, 0, section.Title, null), 0, topics));
    }

    public GraphLayout Build()
    {
        var wide = BuildWide();
        var column = BuildColumn();
        return wide with { Column = column };
    }

    private GraphLayout BuildWide()
    {
        var halfSpan = (NodeMetrics.SpineWidth / 2) + ColumnGap + NodeMetrics.ItemWidth;
        var width = (2 * CanvasPadding) + (2 * halfSpan);
        var centreX = width / 2;
        var spineX = centreX - (NodeMetrics.SpineWidth / 2);
        var leftColumn = CanvasPadding;
        var rightColumn = centreX + (NodeMetrics.SpineWidth / 2) + ColumnGap;
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var y = CanvasPadding;
        GraphNode? previous = null;
        foreach (var spine in _spine)
        {
            var node = Node(spine, spineX, y, GraphSide.Spine);
            nodes.Add(node);
            if (previous is not null)
            {
                var x = Round(centreX);
                edges.Add(new GraphEdge(previous.Id, node.Id, GraphEdgeShape.Polyline, [new(x, previous.Bottom), new(x, node.Y)], true));
            }

            // Greedy balance in document order: each topic goes to the shorter side, left on a tie. The section sits
            // at the top of its band, level with its first topics; nodes are listed in document order, the order
            // keyboard focus follows.
            var (leftHeight, rightHeight) = (0.0, 0.0);
            var midY = Round(node.Y + (node.Height / 2));
            var trunkX = new Dictionary<GraphSide, double> { [GraphSide.Left] = Round(spineX - (ColumnGap / 2)), [GraphSide.Right] = Round(spineX + NodeMetrics.SpineWidth + (ColumnGap / 2)) };
            foreach (var topic in spine.Children)
            {
                var side = leftHeight <= rightHeight ? GraphSide.Left : GraphSide.Right;
                var top = y + (side == GraphSide.Left ? leftHeight : rightHeight);
                var placed = PlaceSubtree(topic, side == GraphSide.Left ? leftColumn : rightColumn, top, side, nodes, edges);
                var (startX, endX) = side == GraphSide.Left ? (node.X, placed.Right) : (node.Right, placed.X);
                var branchY = Round(placed.Y + (placed.Height / 2));
                var tx = trunkX[side];
                edges.Add(new GraphEdge(node.Id, placed.Id, GraphEdgeShape.Polyline, [new(startX, midY), new(tx, midY), new(tx, branchY), new(endX, branchY)], false));
                if (side == GraphSide.Left)
                {
                    leftHeight += topic.SubtreeHeight + SiblingGap;
                }
                else
                {
                    rightHeight += topic.SubtreeHeight + SiblingGap;
                }
            }

            var band = Math.Max(node.Height, Math.Max(leftHeight, rightHeight) - SiblingGap);
            y += band + SpineGap;
            previous = node;
        }

        var height = nodes.Count == 0 ? 2 * CanvasPadding : nodes.Max(n => n.Bottom) + CanvasPadding;
        return new GraphLayout(Round(width), Round(height), [.. nodes], [.. edges]);
    }

    private GraphLayout BuildColumn()
    {
        var width = (2 * ColumnPadding) + NodeMetrics.SpineWidth;
        var spineLineX = Round(ColumnPadding + (ColumnTopicIndent / 2));
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var y = ColumnPadding;
        GraphNode? previous = null;
        foreach (var spine in _spine)
        {
            if (previous is not null)
            {
                y += SpineGap;
            }

            var node = Node(spine, ColumnPadding, y, GraphSide.Spine);
            nodes.Add(node);
            if (previous is not null)
            {
                edges.Add(new GraphEdge(previous.Id, node.Id, GraphEdgeShape.Polyline, [new(spineLineX, previous.Bottom), new(spineLineX, node.Y)], true));
            }

            y = node.Bottom + SubtopicGap;
            foreach (var topic in spine.Children)
            {
                var placed = PlaceSubtree(topic, ColumnPadding + ColumnTopicIndent, y, GraphSide.Right, nodes, edges);
                var branchY = Round(placed.Y + (placed.Height / 2));
                edges.Add(new GraphEdge(node.Id, placed.Id, GraphEdgeShape.Polyline, [new(spineLineX, node.Bottom), new(spineLineX, branchY), new(placed.X, branchY)], false));
                y += topic.SubtreeHeight + SiblingGap;
            }

            y -= spine.Children.IsEmpty ? SubtopicGap : SiblingGap;
            y = Math.Max(y, node.Bottom);
            previous = node;
        }

        var height = nodes.Count == 0 ? 2 * ColumnPadding : nodes.Max(n => n.Bottom) + ColumnPadding;
        return new GraphLayout(Round(width), Round(height), [.. nodes], [.. edges]);
    }

    /// <summary>Places a topic at the top of its band and its subtopics under it; returns the topic's node.</summary>
    private static GraphNode PlaceSubtree(Measured topic, double columnX, double top, GraphSide side, List<GraphNode> nodes, List<GraphEdge> edges, string? foldedBy = null)
    {
        var node = Node(topic, columnX + NodeMetrics.IndentOf(topic.Level), top, side) with { FoldedBy = foldedBy };
        nodes.Add(node);
        var y = node.Bottom + SubtopicGap;
        for (var i = 0; i < topic.Children.Length; i++)
        {
            var child = topic.Children[i];
            var childFold = foldedBy;
            var edgeFold = foldedBy;
            if (topic.Fold is { } fold && i >= ShownBeforeFold)
            {
                childFold = fold.Id;
                if (i == ShownBeforeFold)
                {
                    // The fold node stands where its first folded subtopic will appear, as tall, on the same branch.
                    nodes.Add(Node(fold, columnX + NodeMetrics.IndentOf(child.Level), y, side) with
                    {
                        Height = Round(child.Label.Height),
                        FoldedBy = foldedBy,
                        Folds = topic.Children.Length - ShownBeforeFold,
                    });
                }
                else
                {
                    edgeFold = fold.Id;
                }
            }

            var placed = PlaceSubtree(child, columnX, y, side, nodes, edges, childFold);
            // Down the parent's indent strip, then a short branch right to the child; below the clamp of the
            // indentation a child sits level with its parent and hangs on the parent's own trunk.
            if (placed.X > node.X)
            {
                var trunkX = Round(node.X + (NodeMetrics.Indent / 2));
                var branchY = Round(placed.Y + (placed.Height / 2));
                edges.Add(new GraphEdge(node.Id, placed.Id, GraphEdgeShape.Polyline, [new(trunkX, node.Bottom), new(trunkX, branchY), new(placed.X, branchY)], false) { FoldedBy = edgeFold });
            }

            y += child.SubtreeHeight + SubtopicGap;
        }

        return node;
    }

    private static GraphNode Node(Measured measured, double x, double y, GraphSide side) => new()
    {
        Id = measured.Id,
        Kind = measured.Kind,
        SectionId = measured.SectionId,
        ItemId = measured.ItemId,
        LabelLines = measured.Label.Lines,
        FullTitle = measured.FullTitle,
        Difficulty = measured.Item?.Difficulty ?? Difficulty.None,
        Importance = measured.Item?.Importance,
        Depth = measured.Kind is GraphNodeKind.Title or GraphNodeKind.Section ? 0 : measured.Level + 1,
        Side = side,
        X = Round(x),
        Y = Round(y),
        Width = Round(NodeMetrics.WidthOf(measured.Kind, measured.Level)),
        Height = Round(measured.Label.Height),
    };

    private Measured Measure(RoadmapItem item, string sectionId, int level)
    {
        var kind = item.Kind switch
        {
            ItemKind.Group => GraphNodeKind.Group,
            ItemKind.Placeholder => GraphNodeKind.Placeholder,
            _ => GraphNodeKind.Item,
        };
        var id = UniqueId("item/" + sectionId + "/" + item.Id);
        var children = item.Children.Select(child => Measure(child, sectionId, level + 1)).ToImmutableArray();
        var hasRollUp = item.Children.Any(child => child.SelfAndDescendants().Any(i => i.Trackable));
        var fold = children.Length > FoldThreshold
            ? new Measured(UniqueId("fold/" + sectionId + "/" + item.Id), GraphNodeKind.Fold, sectionId, null, null, "", ([], 0), level + 1, [])
            : null;
        return new Measured(id, kind, sectionId, item.Id, item, item.Title, Label(kind, level, item.Title, item.Importance, hasRollUp), level, children) { Fold = fold };
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

    private static (ImmutableArray<string> Lines, double Height) Label(GraphNodeKind kind, int level, string title, int? importance, bool hasRollUp = false)
    {
        var lines = LabelWrapper.Wrap(title, NodeMetrics.LabelWidthInEms(kind, level), NodeMetrics.MaxLabelLines);
        return (lines, Round(NodeMetrics.HeightOf(kind, level, lines.Length, importance, hasRollUp)));
    }

    /// <summary>A whole pixel (<see cref="NodeMetrics.Pixel"/>): a branch leaves an odd box's middle half a pixel low.</summary>
    private static double Round(double value) => NodeMetrics.Pixel(value);

    /// <summary>A node measured once for both layouts; <see cref="SubtreeHeight"/> is the node and everything under it.</summary>
    private sealed record Measured(
        string Id,
        GraphNodeKind Kind,
        string? SectionId,
        string? ItemId,
        RoadmapItem? Item,
        string FullTitle,
        (ImmutableArray<string> Lines, double Height) Label,
        int Level,
        ImmutableArray<Measured> Children)
    {
        /// <summary>The "+N more" node of a long group of subtopics, or null.</summary>
        public Measured? Fold { get; init; }

        public double SubtreeHeight { get; } =
            Label.Height + Children.Sum(child => SubtopicGap + child.SubtreeHeight);
    }
}
