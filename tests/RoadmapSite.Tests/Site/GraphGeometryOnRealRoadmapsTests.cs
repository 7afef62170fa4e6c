using RoadmapSite.Configuration;
using RoadmapSite.Layout;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>No overlapping nodes and no edge through a node, on the default roadmap and every real document of the corpus.</summary>
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
}
