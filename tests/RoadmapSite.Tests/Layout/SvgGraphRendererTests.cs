using System.Xml.Linq;
using RoadmapSite.Layout;
using RoadmapSite.Model;
using static RoadmapSite.Tests.Layout.TestRoadmaps;

namespace RoadmapSite.Tests.Layout;

public sealed class SvgGraphRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Coordinates_are_written_exactly_as_the_float_format_writes_them_rounded_to_a_tenth()
    {
        static string Reference(double value) =>
            (Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

        var random = new Random(20261202);
        var values = new List<double> { 0, -0.0, 0.05, -0.05, 0.04, -0.04, 0.15, 0.25, 1.45, 2.675, 12.5, -12.5, 99.95, 1e7 + 0.05, 404545.35 };
        for (var i = 0; i < 200_000; i++)
        {
            // Layout coordinates: up to millions of pixels, with every kind of fraction, midpoints included.
            var scale = Math.Pow(10, random.Next(0, 7));
            values.Add((random.NextDouble() - 0.2) * scale);
            values.Add(random.Next(-1000, 1_000_000) / 20.0);
        }

        foreach (var value in values)
        {
            Assert.Equal(Reference(value), SvgGraphRenderer.Coordinate(value));
        }
    }

    [Theory]
    [MemberData(nameof(RoadmapGraphTests.ScenarioNames), MemberType = typeof(RoadmapGraphTests))]
    public void GivenAnyScenario_WhenRendered_ThenTheSvgIsWellFormedXml(string scenario)
    {
        var roadmap = Scenarios[scenario];

        XDocument.Parse(Render(RoadmapGraph.ForRoadmap(roadmap)));
        foreach (var section in roadmap.Sections)
        {
            XDocument.Parse(Render(RoadmapGraph.ForSection(section)));
        }
    }

    [Theory]
    [MemberData(nameof(RoadmapGraphTests.ScenarioNames), MemberType = typeof(RoadmapGraphTests))]
    public void GivenAnyScenario_WhenRendered_ThenEveryCoordinateIsAWholePixel(string scenario)
    {
        // Boxes, baselines, edges and the phone layout's boxes (data-col) fall on whole pixels: sharper edges, and no
        // ".2" or ".6" in the page (2.9 KB of the default roadmap's index once were).
        string[] geometry = ["viewBox", "width", "height", "x", "y", "transform", "d", "data-col", "data-view"];
        var roadmap = Scenarios[scenario];
        var layouts = roadmap.Sections.Select(RoadmapGraph.ForSection).Prepend(RoadmapGraph.ForRoadmap(roadmap));

        foreach (var layout in layouts)
        {
            var fractions = XDocument.Parse(Render(layout)).Descendants()
                .SelectMany(element => element.Attributes().Where(attribute => geometry.Contains(attribute.Name.LocalName)))
                .Where(attribute => System.Text.RegularExpressions.Regex.IsMatch(attribute.Value, @"\d\.\d"))
                .Select(attribute => $"{attribute.Parent!.Name.LocalName} {attribute.Name}=\"{attribute.Value}\"");
            Assert.Empty(fractions);
        }
    }

    [Fact]
    public void GivenLayout_WhenRendered_ThenTheRootIsAnSvgGroupSizedToTheCanvas()
    {
        var layout = RoadmapGraph.ForRoadmap(Roadmap("R", Section("s", Item("a"))));

        var root = XDocument.Parse(SvgGraphRenderer.Render(layout, _ => "#", "Roadmap overview")).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("roadmap-graph", (string?)root.Attribute("class"));
        Assert.Equal($"0 0 {layout.Width} {layout.Height}", (string?)root.Attribute("viewBox"));
        Assert.Equal(layout.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)root.Attribute("width"));
        Assert.Equal("group", (string?)root.Attribute("role"));
        Assert.Equal("Roadmap overview", (string?)root.Attribute("aria-label"));
    }

    [Fact]
    public void GivenTitlesWithMarkup_WhenRendered_ThenTheyAreEscapedAndNoScriptElementAppears()
    {
        var title = "<script>alert(\"x\" & 'y')</script>";
        var layout = RoadmapGraph.ForRoadmap(Roadmap(title, Section("s", Item("evil", title))));

        var svg = SvgGraphRenderer.Render(layout, _ => "/a?b=1&c=\"2\"", "Label with <b> & \"quotes\"");

        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        var document = XDocument.Parse(svg);
        Assert.Empty(document.Descendants(Svg + "script"));
        var evil = document.Descendants(Svg + "a").Single(a => (string?)a.Attribute("data-item-id") == "evil");
        Assert.Equal(title.Replace(" ", "", StringComparison.Ordinal), evil.Elements(Svg + "text").First().Value.Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal("/a?b=1&c=\"2\"", (string?)evil.Attribute("href"));
    }

    [Fact]
    public void GivenTitleWithControlCharactersAndALoneSurrogate_WhenRendered_ThenTheSvgStillParses()
    {
        var title = "Bad\u0001title\uD800 here\u0008";
        var layout = RoadmapGraph.ForSection(Section("s", Item("bad", title)));

        XDocument.Parse(Render(layout));
    }

    [Fact]
    public void GivenItems_WhenRendered_ThenEveryItemNodeIsALinkToItsIdCarryingWhatItsNameIsMadeOf()
    {
        var section = Section(
            "s",
            Item("db", "Database Design", difficulty: Difficulty.Medium, importance: 2),
            Item("easy", difficulty: Difficulty.Easy),
            Item("hard", difficulty: Difficulty.Hard, importance: 0),
            Item("plain"),
            Item("group", kind: ItemKind.Group, children: Item("child")));

        var document = XDocument.Parse(SvgGraphRenderer.Render(RoadmapGraph.ForSection(section), n => "#" + n.ItemId, "Section"));

        // The id is the link's fragment (not written twice); graph.js names the node from its label, kind, difficulty
        // class and stars (GraphTests checks the names in a browser).
        var links = document.Descendants(Svg + "a").Where(a => a.Attribute("data-section-id") is null).ToList();
        Assert.Equal(["#db", "#easy", "#hard", "#plain", "#group", "#child"], links.Select(a => (string?)a.Attribute("href")));
        Assert.All(links, a => Assert.Null(a.Attribute("data-item-id")));
        Assert.All(links, a => Assert.Null(a.Attribute("aria-label")));
        var byHref = links.ToDictionary(a => (string)a.Attribute("href")!);
        Assert.Equal("Database Design", byHref["#db"].Element(Svg + "text")!.Value);
        Assert.Equal("graph-node difficulty-medium", (string?)byHref["#db"].Attribute("class"));
        Assert.Equal("★★", byHref["#db"].Elements(Svg + "text").Last().Value);
        Assert.Equal("graph-node graph-node--group", (string?)byHref["#group"].Attribute("class"));
        Assert.Equal("graph-node graph-node--sub", (string?)byHref["#child"].Attribute("class"));
        Assert.All(links, a => Assert.Null(a.Attribute("tabindex")));
    }

    [Fact]
    public void GivenNodesOfEveryKindAndDifficulty_WhenRendered_ThenTheyCarryTheThemeClasses()
    {
        var roadmap = Roadmap(
            "R",
            Section("s", Item("e", difficulty: Difficulty.Easy), Item("m", difficulty: Difficulty.Medium), Item("h", difficulty: Difficulty.Hard), Item("g", kind: ItemKind.Group), Item("p", "...", kind: ItemKind.Placeholder)));

        var document = XDocument.Parse(Render(RoadmapGraph.ForRoadmap(roadmap)));

        var classes = document.Descendants().Select(e => (string?)e.Attribute("class")).OfType<string>().ToHashSet();
        Assert.Contains("graph-node graph-node--title", classes);
        Assert.Contains("graph-node graph-node--section", classes);
        Assert.Contains("graph-node difficulty-easy", classes);
        Assert.Contains("graph-node difficulty-medium", classes);
        Assert.Contains("graph-node difficulty-hard", classes);
        Assert.Contains("graph-node graph-node--group", classes);
        Assert.Contains("graph-node graph-node--placeholder", classes);
        Assert.Contains("graph-edge", classes);
        Assert.Contains("graph-edge graph-edge--spine", classes);
        Assert.Contains("graph-edges", classes);
        Assert.Contains("graph-edges graph-edges--column", classes);
    }

    [Fact]
    public void GivenSection_WhenRendered_ThenTheSectionNodeCarriesItsSectionId()
    {
        var document = XDocument.Parse(Render(RoadmapGraph.ForRoadmap(Roadmap("R", Section("databases", Item("a"))))));

        var section = document.Descendants(Svg + "a").Single(a => a.Attribute("data-section-id") is not null);
        Assert.Equal("databases", (string?)section.Attribute("data-section-id"));
        Assert.Equal("databases — section", (string?)section.Attribute("aria-label"));
    }

    [Fact]
    public void GivenPlaceholder_WhenRendered_ThenItIsNeitherALinkNorFocusableAndIsHiddenFromAssistiveTechnology()
    {
        var asked = new List<GraphNodeKind>();
        var layout = RoadmapGraph.ForSection(Section("s", Item("g", kind: ItemKind.Group, children: [Item("a"), Item("more", "...", kind: ItemKind.Placeholder)])));

        var document = XDocument.Parse(SvgGraphRenderer.Render(layout, n => { asked.Add(n.Kind); return "#x"; }, "S"));

        var placeholder = document.Descendants().Single(e => ((string?)e.Attribute("class"))?.Contains("graph-node--placeholder", StringComparison.Ordinal) == true);
        Assert.Equal(Svg + "g", placeholder.Name);
        Assert.Null(placeholder.Attribute("href"));
        Assert.Null(placeholder.Attribute("tabindex"));
        Assert.Equal("true", (string?)placeholder.Attribute("aria-hidden"));
        Assert.DoesNotContain(GraphNodeKind.Placeholder, asked);
    }

    [Fact]
    public void GivenEmptyHref_WhenRendered_ThenTheNodeIsDrawnWithoutALinkButKeepsItsAccessibleName()
    {
        var layout = RoadmapGraph.ForRoadmap(Roadmap("Title", Section("s")));

        var document = XDocument.Parse(SvgGraphRenderer.Render(layout, n => n.Kind == GraphNodeKind.Title ? "" : "#s", "R"));

        var title = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "graph-node graph-node--title");
        Assert.Equal("Title", (string?)title.Attribute("aria-label"));
        Assert.Equal("img", (string?)title.Attribute("role"));
    }

    [Fact]
    public void GivenImportance_WhenRendered_ThenOneStarPerImportancePointIsShown()
    {
        var layout = RoadmapGraph.ForSection(Section("s", Item("three", importance: 3), Item("zero", importance: 0), Item("unmarked")));

        var document = XDocument.Parse(Render(layout));

        string? StarsOf(string id) => document.Descendants(Svg + "a").Single(a => (string?)a.Attribute("href") == "#" + id)
            .Elements(Svg + "text").Skip(1).SingleOrDefault()?.Value;
        Assert.Equal("★★★", StarsOf("three"));
        Assert.Null(StarsOf("zero"));
        Assert.Null(StarsOf("unmarked"));
    }

    [Fact]
    public void GivenWrappedLabel_WhenRendered_ThenEachLineIsItsOwnTspan()
    {
        var layout = RoadmapGraph.ForSection(Section("s", Item("long", "Understanding transaction isolation levels in relational databases")));

        var document = XDocument.Parse(Render(layout), LoadOptions.PreserveWhitespace);

        var node = layout.Nodes.Single(n => n.ItemId == "long");
        var label = document.Descendants(Svg + "a").Single(a => (string?)a.Attribute("href") == "#long").Elements(Svg + "text").First();
        Assert.Equal(node.LabelLines, label.Elements(Svg + "tspan").Select(t => t.Value));
        Assert.Equal(string.Join(" ", node.LabelLines), label.Value);
    }

    [Fact]
    public void GivenAnyLayout_WhenRendered_ThenThereAreNoInlineStylesAndNoStateIsPreset()
    {
        var svg = Render(RoadmapGraph.ForRoadmap(Scenarios["groups and placeholders"]));

        var document = XDocument.Parse(svg);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "style");
        Assert.DoesNotContain(document.Descendants(), e => e.Attribute("style") is not null);
        Assert.DoesNotContain(document.Descendants(), e => e.Attribute("data-state") is not null);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "script");
    }

    [Theory]
    [MemberData(nameof(RoadmapGraphTests.ScenarioNames), MemberType = typeof(RoadmapGraphTests))]
    public void GivenSameRoadmapTwice_WhenRendered_ThenTheSvgIsByteForByteIdentical(string scenario)
    {
        Assert.Equal(Render(RoadmapGraph.ForRoadmap(Scenarios[scenario])), Render(RoadmapGraph.ForRoadmap(Scenarios[scenario])));
    }

    [Fact]
    public void GivenLayout_WhenRendered_ThenNumbersUseAPointAndAtMostOneDecimal()
    {
        var svg = Render(RoadmapGraph.ForSection(Scenarios["CJK, RTL and emoji titles"].Sections[0]));

        var document = XDocument.Parse(svg);
        var numbers = document.Descendants()
            .SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName is "x" or "y" or "width" or "height")
            .Select(a => a.Value);
        Assert.All(numbers, value => Assert.Matches(@"^-?\d+(\.\d)?$", value));
    }

    private static string Render(GraphLayout layout) => SvgGraphRenderer.Render(layout, n => "#" + (n.ItemId ?? n.SectionId ?? "top"), "Graph");
}
