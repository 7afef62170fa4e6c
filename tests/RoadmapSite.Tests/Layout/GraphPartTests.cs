using System.Globalization;
using System.Xml.Linq;
using RoadmapSite.Layout;
using RoadmapSite.Model;
using static RoadmapSite.Tests.Layout.TestRoadmaps;

namespace RoadmapSite.Tests.Layout;

/// <summary>
/// A large map is drawn in bands the browser can skip while they are off screen: the bands together must be exactly
/// the map, with every node drawn once, where it was, and every edge wherever it shows.
/// </summary>
public sealed class GraphPartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>24 sections of 60 topics, some with subtopics and a long folded group: about 1,700 nodes.</summary>
    private static Roadmap Large(int sections = 24) => Roadmap(
        "Large",
        [.. Enumerable.Range(1, sections).Select(s => Section(
            $"s{s}",
            [.. ManyItems($"s{s}", 50),
             Item($"s{s}-parent", title: null, children: [.. ManyItems($"s{s}-sub", 4)]),
             Item($"s{s}-long", title: null, children: [.. ManyItems($"s{s}-long", 12)])]))]);

    [Fact]
    public void A_map_of_up_to_a_thousand_nodes_is_one_drawing()
    {
        var layout = RoadmapGraph.ForRoadmap(Large(sections: 12));
        Assert.True(layout.Nodes.Length <= GraphPart.WholeUpTo, $"{layout.Nodes.Length} nodes");

        var part = Assert.Single(GraphPart.Of(layout));

        Assert.Equal(new GraphPart(0, layout.Nodes.Length, 0, layout.Height, 0, layout.Column!.Height), part);
    }

    [Fact]
    public void A_large_map_is_cut_into_bands_of_whole_sections_that_stack_into_the_whole_map_in_both_layouts()
    {
        var layout = RoadmapGraph.ForRoadmap(Large());
        var column = layout.Column!;

        var parts = GraphPart.Of(layout);

        Assert.True(parts.Length > 1, $"{layout.Nodes.Length} nodes in {parts.Length} band");
        Assert.Equal((0.0, 0.0), (parts[0].Top, parts[0].ColumnTop));
        Assert.Equal((layout.Height, column.Height), (parts[^1].Bottom, parts[^1].ColumnBottom));
        Assert.Equal(layout.Nodes.Length, parts.Sum(p => p.Count));
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            Assert.True(part.Count >= GraphPart.MinimumNodes, $"band {i}: {part.Count} nodes");
            if (i > 0)
            {
                Assert.Equal(parts[i - 1].First + parts[i - 1].Count, part.First);
                Assert.Equal((parts[i - 1].Bottom, parts[i - 1].ColumnBottom), (part.Top, part.ColumnTop));
                Assert.Equal(GraphNodeKind.Section, layout.Nodes[part.First].Kind);
            }

            // Every node of a band lies wholly inside it, in the wide layout and in the column.
            for (var n = part.First; n < part.First + part.Count; n++)
            {
                var (wide, narrow) = (layout.Nodes[n], column.Nodes[n]);
                Assert.True(wide.Y >= part.Top && wide.Bottom <= part.Bottom, $"{wide.Id} at {wide.Y}–{wide.Bottom}, band {part.Top}–{part.Bottom}");
                Assert.True(narrow.Y >= part.ColumnTop && narrow.Bottom <= part.ColumnBottom, $"{narrow.Id} in the column");
            }
        }
    }

    [Fact]
    public void A_large_map_is_drawn_as_one_group_of_bands_each_node_once_and_each_edge_in_every_band_it_crosses_the_later_bands_held_back_in_noscript()
    {
        var layout = RoadmapGraph.ForRoadmap(Large());
        var parts = GraphPart.Of(layout);

        var root = XDocument.Parse(SvgGraphRenderer.Render(layout, node => "#" + node.Id, "Graph of Large")).Root!;

        // One group named as the map; inside it one box per band, each holding one <svg> of the band's slice.
        Assert.Equal("div", root.Name.LocalName);
        Assert.Equal(("roadmap-graph-parts", "group", "Graph of Large"), ((string?)root.Attribute("class"), (string?)root.Attribute("role"), (string?)root.Attribute("aria-label")));
        var bands = root.Elements("div").ToList();
        Assert.Equal(parts.Length, bands.Count);
        var drawn = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            // The first band is parsed with the page; every later one waits, unparsed, in a <noscript> (graph.js
            // draws it; without scripts the browser shows it as it is).
            var holder = i < GraphPart.DrawnWithPage ? bands[i] : Assert.Single(bands[i].Elements("noscript"));
            Assert.Equal(i < GraphPart.DrawnWithPage ? 1 : 0, bands[i].Elements(Svg + "svg").Count());
            var svg = Assert.Single(holder.Elements(Svg + "svg"));
            Assert.Equal("roadmap-graph-part", (string?)bands[i].Attribute("class"));
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"0 {SvgGraphRenderer.Coordinate(parts[i].Top)} {SvgGraphRenderer.Coordinate(layout.Width)} {SvgGraphRenderer.Coordinate(parts[i].Height)}"), (string?)svg.Attribute("viewBox"));
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"0 {SvgGraphRenderer.Coordinate(parts[i].ColumnTop)} {SvgGraphRenderer.Coordinate(layout.Column!.Width)} {SvgGraphRenderer.Coordinate(parts[i].ColumnHeight)}"), (string?)svg.Attribute("data-col"));
            drawn.AddRange(svg.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("graph-node") == true).Select(e => (string?)e.Attribute("href") ?? (string)e.Attribute("id")!));

            // The spine runs on through every band: each draws the stretch that crosses it.
            var spine = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "graph-edge graph-edge--spine").ToList();
            Assert.Equal(2, spine.Count);
        }

        Assert.Equal(layout.Nodes.Length, drawn.Count);
        Assert.Equal(layout.Nodes.Select(n => n.Kind == GraphNodeKind.Fold ? n.Id : "#" + n.Id), drawn);
        Assert.All(layout.Edges, edge => Assert.Contains(parts, part => part.Crosses(edge, inColumn: false)));
    }
}
