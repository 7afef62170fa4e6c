using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Layout;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>
/// The layout's promises (no overlap, no edge through a node, labels of 12 px or more, a column that fits a 390 px phone),
/// on the default roadmap, every real document of the corpus and generated roadmaps of up to 10,000 topics.
/// </summary>
public sealed class GraphGeometryOnRealRoadmapsTests
{
    public static TheoryData<string> Roadmaps()
    {
        var data = new TheoryData<string> { RepositoryPaths.DefaultRoadmap };
        foreach (var file in RepositoryPaths.CorpusFiles)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Roadmaps))]
    public void Given_a_real_roadmap_then_its_index_and_section_graphs_have_no_overlap_and_no_edge_through_a_node(string file)
    {
        var roadmap = RoadmapParser.Parse(Path.GetFileName(file), File.ReadAllText(file), MarkerVocabulary.Default);

        Assert.Empty(GraphGeometry.FindViolations(RoadmapGraph.ForRoadmap(roadmap)));
        Assert.All(roadmap.Sections, section => Assert.Empty(GraphGeometry.FindViolations(RoadmapGraph.ForSection(section))));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void Given_a_generated_roadmap_of_up_to_10000_topics_then_its_graphs_keep_every_promise(int topics)
    {
        var roadmap = Generated(topics);

        Assert.Equal(topics, roadmap.Sections.Sum(section => section.AllItems().Count()));
        Assert.Empty(GraphGeometry.FindViolations(RoadmapGraph.ForRoadmap(roadmap)));
        Assert.All(roadmap.Sections, section => Assert.Empty(GraphGeometry.FindViolations(RoadmapGraph.ForSection(section))));
    }

    /// <summary>Sections of 100 topics: 25 top-level topics of varied title length, each with three subtopics, one of them nested.</summary>
    private static Roadmap Generated(int topics)
    {
        string Title(int n) => string.Join(' ', Enumerable.Repeat("Distributed", 1 + (n % 7))) + $" systems {n}";
        var sections = Enumerable.Range(0, topics / 100).Select(s =>
            Layout.TestRoadmaps.Section($"s{s}", [.. Enumerable.Range(0, 25).Select(t =>
            {
                var id = $"s{s}-t{t}";
                return Layout.TestRoadmaps.Item(id, Title(t), difficulty: (Difficulty)(t % 4), importance: t % 4, children:
                [
                    Layout.TestRoadmaps.Item(id + "-a", Title(t + 1), children: [Layout.TestRoadmaps.Item(id + "-a-1", Title(t + 2))]),
                    Layout.TestRoadmaps.Item(id + "-b", Title(t + 3)),
                ]);
            })]));
        return Layout.TestRoadmaps.Roadmap("Generated", [.. sections]);
    }
}
