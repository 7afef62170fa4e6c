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

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void GivenSyntheticRoadmap_WhenMirroredForARightToLeftPage_ThenEveryBoxAndEdgeIsReflectedAndTheGeometryStillHolds(string scenario)
    {
        var layout = RoadmapGraph.ForRoadmap(Scenarios[scenario]);
        var mirrored = layout.Mirrored();

        Assert.Empty(GraphGeometry.FindViolations(mirrored));
        foreach (var (wide, mirror) in new[] { (layout, mirrored), (layout.Column!, mirrored.Column!) })
        {
            Assert.Equal((wide.Width, wide.Height), (mirror.Width, mirror.Height));
            Assert.All(wide.Nodes.Zip(mirror.Nodes), pair =>
            {
                Assert.Equal(pair.First.Id, pair.Second.Id);
                Assert.Equal(wide.Width - pair.First.Right, pair.Second.X, 9);
                Assert.Equal((pair.First.Y, pair.First.Width, pair.First.Height), (pair.Second.Y, pair.Second.Width, pair.Second.Height));
                Assert.Equal(pair.First.Side switch { GraphSide.Left => GraphSide.Right, GraphSide.Right => GraphSide.Left, _ => GraphSide.Spine }, pair.Second.Side);
            });
            Assert.All(wide.Edges.Zip(mirror.Edges), pair =>
                Assert.Equal(pair.First.Points.Select(p => (wide.Width - p.X, p.Y)), pair.Second.Points.Select(p => (p.X, p.Y))));
        }

        Assert.Equal(Describe(layout), Describe(mirrored.Mirrored()));
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
    public void GivenItemsWithChildren_WhenIndexIsLaidOut_ThenEveryTopicAndSubtopicIsShownInDocumentOrder()
    {
        var section = Section("s", Item("a", Item("a-1", Item("a-1-1"))), Item("b", Item("b-1")));

        var layout = RoadmapGraph.ForRoadmap(Roadmap("R", section));

        Assert.Equal(["a", "a-1", "a-1-1", "b", "b-1"], layout.Nodes.Where(n => n.ItemId is not null).Select(n => n.ItemId));
        Assert.Equal([1, 2, 3, 1, 2], layout.Nodes.Where(n => n.ItemId is not null).Select(n => n.Depth));
    }

    [Fact]
    public void GivenNestedSection_WhenSectionIsLaidOut_ThenEveryItemAtEveryDepthIsShown()
    {
        var section = Section("s", DeepItem("a", 5), Item("b", Item("b-1")));

        var layout = RoadmapGraph.ForSection(section);

        Assert.Equal(section.AllItems().Select(i => i.Id), layout.Nodes.Where(n => n.ItemId is not null).Select(n => n.ItemId));
        Assert.Equal("section/s", layout.Nodes[0].Id);
        // Every node hangs on an edge, but for subtopics deeper than the indentation goes: they line up under their
        // parent's level, and the order says where they belong.
        var unindented = layout.Nodes.Count(n => n.Depth > NodeMetricsMaxIndent + 1);
        Assert.Equal(layout.Nodes.Length - 1 - unindented, layout.Edges.Length);
    }

    [Fact]
    public void GivenNestedSection_WhenLaidOut_ThenSubtopicsAreStackedUnderTheirTopicIndentedAndNarrower()
    {
        var layout = RoadmapGraph.ForSection(Section("s", DeepItem("a", 4), DeepItem("b", 4)));
        var column = layout.Column!;

        foreach (var graph in new[] { layout, column })
        {
            var byItem = graph.Nodes.Where(n => n.ItemId is not null).ToDictionary(n => n.ItemId!);
            var (parent, child, grandchild) = (byItem["a-4"], byItem["a-3"], byItem["a-2"]);
            Assert.Equal(parent.X + 16, child.X);
            Assert.Equal(child.X + 16, grandchild.X);
            Assert.Equal(parent.Right, child.Right);
            Assert.True(child.Y > parent.Bottom, "a subtopic sits below its topic");
            Assert.True(child.Height < parent.Height || parent.LabelLines.Length < child.LabelLines.Length, "a subtopic is drawn smaller");
        }

        // Top-level topics share one column per side, and the two sides mirror each other around the spine.
        var tops = layout.Nodes.Where(n => n.Depth == 1).ToList();
        Assert.Equal(2, tops.Select(n => n.X).Distinct().Count());
    }

    [Fact]
    public void GivenTopicsOnBothSides_WhenLaidOut_ThenEachSideHangsOnOneTrunkWithShortBranches()
    {
        var layout = RoadmapGraph.ForSection(Section("s", [.. Enumerable.Range(1, 8).Select(i => Item($"t{i}", Item($"t{i}-a")))]));
        var byId = layout.Nodes.ToDictionary(n => n.Id);
        var section = layout.Nodes[0];

        var topicEdges = layout.Edges.Where(e => e.FromId == section.Id).ToList();
        Assert.Equal(8, topicEdges.Count);
        foreach (var side in new[] { GraphSide.Left, GraphSide.Right })
        {
            var edges = topicEdges.Where(e => byId[e.ToId].Side == side).ToList();
            // One trunk: every edge of a side turns down at the same x, in the gap between the spine and the topics.
            var trunk = Assert.Single(edges.Select(e => e.Points[1].X).Distinct());
            Assert.True(side == GraphSide.Left ? trunk < section.X && trunk > byId[edges[0].ToId].Right : trunk > section.Right && trunk < byId[edges[0].ToId].X);
            Assert.All(edges, e =>
            {
                var to = byId[e.ToId];
                Assert.Equal(side == GraphSide.Left ? section.X : section.Right, e.Points[0].X);
                Assert.Equal(side == GraphSide.Left ? to.Right : to.X, e.Points[^1].X);
                // The branch is short: the gap's half, not a curve across the map.
                Assert.True(Math.Abs(e.Points[^1].X - trunk) <= 28.05, $"branch to {to.Id} is {Math.Abs(e.Points[^1].X - trunk)} long");
                Assert.All(e.Points.Zip(e.Points.Skip(1)), pair => Assert.True(pair.First.X == pair.Second.X || pair.First.Y == pair.Second.Y, "edges run straight across and down"));
            });
        }

        // A subtopic hangs on a short branch from a trunk down its topic's indent.
        var sub = layout.Edges.Single(e => byId[e.ToId].ItemId == "t1-a");
        var (topic, child) = (byId[sub.FromId], byId[sub.ToId]);
        Assert.Equal(topic.Bottom, sub.Points[0].Y);
        Assert.InRange(sub.Points[0].X, topic.X, child.X);
        Assert.Equal(child.X, sub.Points[^1].X);
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

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void GivenAnyRoadmap_WhenLaidOut_ThenTheColumnHoldsTheSameNodesTopToBottomInDocumentOrderAndFitsAPhone(string scenario)
    {
        var layout = RoadmapGraph.ForRoadmap(Scenarios[scenario]);
        var column = layout.Column!;

        Assert.Equal(layout.Nodes.Select(n => (n.Id, n.Width, n.Height, string.Join("|", n.LabelLines))), column.Nodes.Select(n => (n.Id, n.Width, n.Height, string.Join("|", n.LabelLines))));
        Assert.True(column.Nodes.Zip(column.Nodes.Skip(1)).All(pair => pair.First.Y < pair.Second.Y || (pair.First.Kind == GraphNodeKind.Fold && pair.First.Y == pair.Second.Y)), "the column reads top to bottom in document order (a fold stands in for the node after it)");
        // At the smallest scale the client draws (labels of 12 px), the column fits a 390 px screen less its gutters.
        Assert.True(column.Width * GraphGeometry.SmallestScale <= 390 - 34, $"the column is {column.Width} wide");
        Assert.Null(column.Column);
    }

    [Fact]
    public void GivenNestedSection_WhenLaidOut_ThenTopicsSitBelowTheirSectionIndentedInTheColumn()
    {
        var layout = RoadmapGraph.ForRoadmap(Roadmap("R", Section("one", Item("a", Item("a-1"))), Section("two", Item("b"))));
        var column = layout.Column!.Nodes.ToDictionary(n => n.ItemId ?? n.Id);

        Assert.True(column["a"].Y > column["section/one"].Bottom && column["a"].X > column["section/one"].X);
        Assert.True(column["a-1"].X > column["a"].X);
        Assert.True(column["section/two"].Y > column["a-1"].Bottom);
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

    [Fact]
    public void GivenAGroupOfMoreThanEightSubtopics_WhenLaidOut_ThenAllButTheFirstFiveAreFoldedBehindAMoreNodeThatKeepsTheirRoom()
    {
        var layout = RoadmapGraph.ForSection(Scenarios["long groups of subtopics, one folded inside another"].Sections[0]);

        foreach (var graph in new[] { layout, layout.Column! })
        {
            var folds = graph.Nodes.Where(n => n.Kind == GraphNodeKind.Fold).ToList();
            // "a" (12) and "b" (10) fold, so does "b-last" (20) inside b's fold; "c" (8) does not.
            Assert.Equal([7, 5, 15], folds.Select(f => f.Folds));
            var aFold = folds[0];
            var aChildren = graph.Nodes.Where(n => n.ItemId?.StartsWith("a-", StringComparison.Ordinal) == true).ToList();
            Assert.All(aChildren.Take(5), n => Assert.Null(n.FoldedBy));
            Assert.All(aChildren.Skip(5), n => Assert.Equal(aFold.Id, n.FoldedBy));
            // The fold stands where its first folded subtopic will appear, just before it in focus order, no taller.
            var firstFolded = aChildren[5];
            Assert.Equal((firstFolded.X, firstFolded.Y, firstFolded.Height), (aFold.X, aFold.Y, aFold.Height));
            Assert.Equal(graph.Nodes.IndexOf(firstFolded) - 1, graph.Nodes.IndexOf(aFold));
            // Opening the fold moves nothing: every folded node already has room of its own, clear of everything shown.
            var shown = graph.Nodes.Where(n => n.Kind != GraphNodeKind.Fold).ToList();
            Assert.All(shown.Zip(shown.Skip(1)).Where(p => p.First.Side == p.Second.Side && p.First.X == p.Second.X), p => Assert.True(p.Second.Y >= p.First.Bottom + GraphGeometry.NodeMargin - 0.06));
            // The inner fold is itself hidden by b's fold, and its nodes by it alone; edges to folded nodes are folded
            // with them, but for the branch to a fold's first node, which leads to the fold node in the meantime.
            var (bFold, innerFold) = (folds[1], folds[2]);
            Assert.Equal(bFold.Id, innerFold.FoldedBy);
            Assert.All(graph.Nodes.Where(n => n.ItemId?.StartsWith("b-last-", StringComparison.Ordinal) == true).Skip(5), n => Assert.Equal(innerFold.Id, n.FoldedBy));
            Assert.Null(graph.Edges.Single(e => e.ToId == firstFolded.Id).FoldedBy);
            Assert.Equal(aFold.Id, graph.Edges.Single(e => e.ToId == aChildren[6].Id).FoldedBy);
            Assert.DoesNotContain(graph.Nodes, n => n.ItemId?.StartsWith("c-", StringComparison.Ordinal) == true && n.FoldedBy is not null);
        }

        Assert.Empty(GraphGeometry.FindViolations(layout));
    }

    private const int NodeMetricsMaxIndent = 3;

    private static string Describe(GraphLayout layout) =>
        string.Join("\n", layout.Nodes.Select(n => $"{n.Id} {n.X} {n.Y} {n.Width} {n.Height} {string.Join("|", n.LabelLines)}")
            .Concat(layout.Edges.Select(e => $"{e.FromId}>{e.ToId} {string.Join(" ", e.Points)}")))
        + $"\n{layout.Width}x{layout.Height}";
}
