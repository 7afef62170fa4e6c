using RoadmapSite.Layout;

namespace RoadmapSite.Tests.Layout;

public sealed class GraphGeometryTests
{
    [Fact]
    public void GivenNodesFarApartAndAnEdgeBetweenThem_WhenChecked_ThenThereAreNoViolations()
    {
        var layout = Layout([Node("a", 10, 10), Node("b", 200, 10)], [Edge("a", "b", (110, 30), (200, 30))]);

        Assert.Empty(GraphGeometry.FindViolations(layout));
    }

    [Fact]
    public void GivenOverlappingNodes_WhenChecked_ThenTheOverlapIsReported()
    {
        var layout = Layout([Node("a", 10, 10), Node("b", 60, 30)], []);

        var violation = Assert.Single(GraphGeometry.FindViolations(layout));
        Assert.Contains("'a'", violation);
        Assert.Contains("'b'", violation);
    }

    [Fact]
    public void GivenNodesCloserThanTheMargin_WhenChecked_ThenTheyAreReported()
    {
        var layout = Layout([Node("a", 10, 10), Node("b", 10, 10 + 40 + 4)], []);

        Assert.Single(GraphGeometry.FindViolations(layout));
    }

    [Fact]
    public void GivenEdgeThroughAThirdNode_WhenChecked_ThenTheCrossingIsReported()
    {
        var layout = Layout(
            [Node("a", 10, 10), Node("middle", 200, 10), Node("b", 400, 10)],
            [Edge("a", "b", (110, 30), (400, 30))]);

        var violation = Assert.Single(GraphGeometry.FindViolations(layout));
        Assert.Contains("passes through node 'middle'", violation);
    }

    [Fact]
    public void GivenCurvedEdgeBulgingThroughANode_WhenChecked_ThenTheCrossingIsReported()
    {
        var bulge = new GraphEdge("a", "b", GraphEdgeShape.CubicBezier, [new(110, 30), new(300, 30), new(300, 300), new(110, 300)], false);
        var layout = Layout([Node("a", 10, 10), Node("b", 10, 280), Node("obstacle", 220, 150)], [bulge]);

        Assert.Contains(GraphGeometry.FindViolations(layout), v => v.Contains("passes through node 'obstacle'", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAColumnTooWideForAPhone_WhenChecked_ThenItIsReported()
    {
        var wide = Layout([Node("a", 10, 10)], []);
        var layout = wide with { Column = new GraphLayout(500, 100, [Node("a", 10, 10)], []) };

        Assert.Contains(GraphGeometry.FindViolations(layout), v => v.Contains("390 px screen", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenAColumnWithOtherNodesOrAnOverlap_WhenChecked_ThenBothAreReported()
    {
        var wide = Layout([Node("a", 10, 10), Node("b", 10, 100)], []);
        var layout = wide with { Column = new GraphLayout(300, 300, [Node("b", 10, 10), Node("a", 10, 20)], []) };

        var violations = GraphGeometry.FindViolations(layout);
        Assert.Contains(violations, v => v.Contains("same nodes in the same order", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Column: Nodes", StringComparison.Ordinal));
    }

    [Fact]
    public void GivenNodeOutsideTheCanvas_WhenChecked_ThenItIsReported()
    {
        var layout = Layout([Node("a", 950, 10)], []);

        Assert.Contains("outside", Assert.Single(GraphGeometry.FindViolations(layout)));
    }

    [Fact]
    public void GivenEdgeToAMissingNodeOrDuplicateIds_WhenChecked_ThenBothAreReported()
    {
        var layout = Layout([Node("a", 10, 10), Node("a", 300, 10)], [Edge("a", "ghost", (110, 30), (300, 30))]);

        var violations = GraphGeometry.FindViolations(layout);
        Assert.Contains(violations, v => v.Contains("share the id 'a'", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("does not exist", StringComparison.Ordinal));
    }

    private static GraphLayout Layout(GraphNode[] nodes, GraphEdge[] edges) => new(1000, 500, [.. nodes], [.. edges]);

    private static GraphNode Node(string id, double x, double y) => new()
    {
        Id = id,
        Kind = GraphNodeKind.Item,
        LabelLines = [id],
        FullTitle = id,
        Depth = 1,
        Side = GraphSide.Right,
        X = x,
        Y = y,
        Width = 100,
        Height = 40,
    };

    private static GraphEdge Edge(string from, string to, (double X, double Y) start, (double X, double Y) end) =>
        new(from, to, GraphEdgeShape.Polyline, [new(start.X, start.Y), new(end.X, end.Y)], false);
}
