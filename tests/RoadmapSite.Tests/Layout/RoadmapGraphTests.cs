using RoadmapSite.Layout;
using RoadmapSite.Model;
using static RoadmapSite.Tests.Layout.TestRoadmaps;

namespace RoadmapSite.Tests.Layout;

public sealed class RoadmapGraphTests
{
    public static TheoryData<string> ScenarioNames => [.. Scenarios.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void GivenSyntheticRoadmap_WhenIndexIsLaidOut_ThenNoNodesOverlapAndNoEdgePassesThroughANode(string scenario)
    {
        var layout = RoadmapGraph.ForRoadmap(Scenarios[scenario]);

        Assert.Empty(GraphGeometry.FindViolations(layout));
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void GivenSyntheticRoadmap_WhenEverySectionIsLaidOut_ThenNoNodesOverlapAndNoEdgePassesThroughANode(string scenario)
    {
        foreach (var section in Scenarios[scenario].Sections)
        {
            var layout = RoadmapGraph.ForSection(section);

            Assert.Empty(GraphGeometry.FindViolations(layout));
        }
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void GivenSameRoadmapTwice_WhenLaidOut_ThenTheLayoutsAreIdentical(string scenario)
    {
        var first = Describe(RoadmapGraph.ForRoadmap(Scenarios[scenario]));
        var second = Describe(RoadmapGraph.ForRoadmap(Scenarios[scenario]));

        Assert.Equal(first, second);
        foreach (var section in Scenarios[scenario].Sections)
        {
            Assert.Equal(Describe(RoadmapGraph.ForSection(section)), Describe(RoadmapGraph.ForSection(section)));
        }
    }

    [Fact]
    public void GivenRoadmap_WhenIndexIsLaidOut_ThenTitleAndSectionsRunDownTheSpineInOrder()
    {
        var layout = RoadmapGraph.ForRoadmap(Roadmap("Backend", Section("one", Item("a")), Section("two"), Section("three", Item("b"), Item("c"))));

        var spine = layout.Nodes.Where(n => n.Side == GraphSide.Spine).ToList();
        Assert.Equal(["title", "section/one", "section/two", "section/three"], spine.Select(n => n.Id));
        Assert.Equal(GraphNodeKind.Title, spine[0].Kind);
        Assert.True(spine.Zip(spine.Skip(1)).All(pair => pair.First.Bottom < pair.Second.Y));
        Assert.Single(spine.Select(n => n.X + (n.Width / 2)).Distinct());

        var spineEdges = layout.Edges.Where(e => e.IsSpine).Select(e => (e.FromId, e.ToId));
        Assert.Equal([("title", "section/one"), ("section/one", "section/two"), ("section/two", "section/three")], spineEdges);
    }

    [Fact]
    public void GivenItemsWithChildren_WhenIndexIsLaidOut_ThenOnlyTopLevelItemsAreShown()
    {
        var section = Section("s", Item("a", Item("a-1", Item("a-1-1"))), Item("b", Item("b-1")));

        var layout = RoadmapGraph.ForRoadmap(Roadmap("R", section));

        Assert.Equal(["a", "b"], layout.Nodes.Where(n => n.ItemId is not null).Select(n => n.ItemId));
        Assert.All(layout.Nodes, n => Assert.True(n.Depth <= 1));
    }

    [Fact]
    public void GivenNestedSection_WhenSectionIsLaidOut_ThenEveryItemAtEveryDepthIsShown()
    {
        var section = Section("s", DeepItem("a", 5), Item("b", Item("b-1")));

        var layout = RoadmapGraph.ForSection(section);

        Assert.Equal(section.AllItems().Select(i => i.Id), layout.Nodes.Where(n => n.ItemId is not null).Select(n => n.ItemId));
        Assert.Equal("section/s", layout.Nodes[0].Id);
        Assert.Equal(layout.Nodes.Length - 1, layout.Edges.Length);
    }

    [Fact]
    public void GivenNestedSection_WhenSectionIsLaidOut_ThenEachDepthHasItsOwnColumnFurtherOutOnItsSide()
    {
        var layout = RoadmapGraph.ForSection(Section("s", DeepItem("a", 4), DeepItem("b", 4)));

        foreach (var side in new[] { GraphSide.Left, GraphSide.Right })
        {
            var columns = layout.Nodes.Where(n => n.Side == side).GroupBy(n => n.Depth).OrderBy(g => g.Key).ToList();
            Assert.All(columns, column => Assert.Single(column.Select(n => n.X).Distinct()));
            var xs = columns.Select(column => column.First().X).ToList();
            Assert.Equal(side == GraphSide.Left ? xs.OrderDescending() : xs.Order(), xs);
        }
    }

    [Fact]
    public void GivenParentWithSeveralChildren_WhenSectionIsLaidOut_ThenParentIsCentredOnItsChildrensBand()
    {
        var layout = RoadmapGraph.ForSection(Section("s", Item("p", Item("c1"), Item("c2"), Item("c3"))));

        var parent = layout.Nodes.Single(n => n.ItemId == "p");
        var children = layout.Nodes.Where(n => n.Depth == 2).ToList();
        var bandCentre = (children.Min(c => c.Y) + children.Max(c => c.Bottom)) / 2;
        Assert.Equal(bandCentre, parent.Y + (parent.Height / 2), 1);
    }

    [Fact]
    public void GivenTenEqualItems_WhenLaidOut_ThenBothSidesGetFiveAlternatingFromTheLeft()
    {
        var layout = RoadmapGraph.ForRoadmap(Roadmap("R", Section("s", [.. Enumerable.Range(1, 10).Select(i => Item($"i{i}"))])));

        var items = layout.Nodes.Where(n => n.ItemId is not null).ToList();
        Assert.Equal(5, items.Count(n => n.Side == GraphSide.Left));
        Assert.Equal(5, items.Count(n => n.Side == GraphSide.Right));
        Assert.Equal(
            [GraphSide.Left, GraphSide.Right, GraphSide.Left, GraphSide.Right, GraphSide.Left, GraphSide.Right, GraphSide.Left, GraphSide.Right, GraphSide.Left, GraphSide.Right],
            items.Select(n => n.Side));
    }

    [Fact]
    public void GivenItemsOnBothSides_WhenLaidOut_ThenNodesAreListedInDocumentOrderSoFocusFollowsTheAuthorsOrder()
    {
        var section = Section("s", Item("a", Item("a-1")), Item("b"), Item("c", Item("c-1")), Item("d"));

        var layout = RoadmapGraph.ForSection(section);

        Assert.Equal(section.AllItems().Select(i => i.Id), layout.Nodes.Where(n => n.ItemId is not null).Select(n => n.ItemId));
    }

    [Fact]
    public void GivenOneTallSubtree_WhenSectionIsLaidOut_ThenShortItemsBalanceItOnTheOtherSide()
    {
        var tall = Item("tall", [.. Enumerable.Range(1, 6).Select(i => Item($"tall-{i}"))]);
        var layout = RoadmapGraph.ForSection(Section("s", tall, Item("a"), Item("b"), Item("c")));

        var tallSide = layout.Nodes.Single(n => n.ItemId == "tall").Side;
        Assert.All(layout.Nodes.Where(n => n.ItemId is "a" or "b" or "c"), n => Assert.NotEqual(tallSide, n.Side));
    }

    [Fact]
    public void GivenEdgeToALeftChild_WhenLaidOut_ThenItRunsFromTheParentsOuterSideToTheChildsInnerSide()
    {
        var layout = RoadmapGraph.ForSection(Section("s", Item("left", Item("left-1")), Item("right", Item("right-1"))));
        var byId = layout.Nodes.ToDictionary(n => n.Id);

        foreach (var edge in layout.Edges)
        {
            var (from, to) = (byId[edge.FromId], byId[edge.ToId]);
            var (start, end) = (edge.Points[0], edge.Points[^1]);
            Assert.Equal(to.Side == GraphSide.Left ? from.X : from.Right, start.X, 1);
            Assert.Equal(to.Side == GraphSide.Left ? to.Right : to.X, end.X, 1);
            Assert.All(edge.Points, p => Assert.InRange(p.X, Math.Min(start.X, end.X), Math.Max(start.X, end.X)));
        }
    }

    [Fact]
    public void GivenVeryLongTitle_WhenLaidOut_ThenLabelHasAtMostThreeLinesAndTheFullTitleIsKept()
    {
        var title = string.Concat(Enumerable.Repeat("Distributed systems ", 30));

        var layout = RoadmapGraph.ForSection(Section("s", Item("long", title)));

        var node = layout.Nodes.Single(n => n.ItemId == "long");
        Assert.Equal(3, node.LabelLines.Length);
        Assert.EndsWith("…", node.LabelLines[2]);
        Assert.Equal(title, node.FullTitle);
    }

    [Fact]
    public void GivenNodesWithMoreLines_WhenLaidOut_ThenTheyAreTaller()
    {
        var layout = RoadmapGraph.ForSection(Section("s", Item("short", "SQL"), Item("long", "Understanding transaction isolation levels in depth")));

        var (shortNode, longNode) = (layout.Nodes.Single(n => n.ItemId == "short"), layout.Nodes.Single(n => n.ItemId == "long"));
        Assert.True(longNode.LabelLines.Length > shortNode.LabelLines.Length);
        Assert.True(longNode.Height > shortNode.Height);
    }

    [Fact]
    public void GivenDuplicateItemIds_WhenLaidOut_ThenNodeIdsAreStillUnique()
    {
        var layout = RoadmapGraph.ForSection(Section("s", Item("dup", Item("dup")), Item("dup")));

        Assert.Equal(layout.Nodes.Length, layout.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Empty(GraphGeometry.FindViolations(layout));
    }

    [Fact]
    public void GivenItemsWithDifficultyAndImportance_WhenLaidOut_ThenNodesCarryThemAndTheirKinds()
    {
        var layout = RoadmapGraph.ForSection(Section(
            "s",
            Item("t", difficulty: Difficulty.Hard, importance: 3),
            Item("g", kind: ItemKind.Group, children: Item("more", "...", kind: ItemKind.Placeholder))));

        var task = layout.Nodes.Single(n => n.ItemId == "t");
        Assert.Equal((GraphNodeKind.Item, Difficulty.Hard, 3), (task.Kind, task.Difficulty, task.Importance));
        Assert.Equal(GraphNodeKind.Group, layout.Nodes.Single(n => n.ItemId == "g").Kind);
        Assert.Equal(GraphNodeKind.Placeholder, layout.Nodes.Single(n => n.ItemId == "more").Kind);
        Assert.All(layout.Nodes.Where(n => n.ItemId is not null), n => Assert.Equal("s", n.SectionId));
    }

    [Fact]
    public void GivenLayout_WhenLaidOut_ThenEveryCoordinateHasAtMostOneDecimal()
    {
        var layout = RoadmapGraph.ForRoadmap(Scenarios["CJK, RTL and emoji titles"]);

        var numbers = layout.Nodes.SelectMany(n => new[] { n.X, n.Y, n.Width, n.Height })
            .Concat(layout.Edges.SelectMany(e => e.Points.SelectMany(p => new[] { p.X, p.Y })))
            .Append(layout.Width)
            .Append(layout.Height);
        Assert.All(numbers, value => Assert.Equal(Math.Round(value, 1), value));
    }

    private static string Describe(GraphLayout layout) =>
        string.Join("\n", layout.Nodes.Select(n => $"{n.Id} {n.X} {n.Y} {n.Width} {n.Height} {string.Join("|", n.LabelLines)}")
            .Concat(layout.Edges.Select(e => $"{e.FromId}>{e.ToId} {string.Join(" ", e.Points)}")))
        + $"\n{layout.Width}x{layout.Height}";
}
