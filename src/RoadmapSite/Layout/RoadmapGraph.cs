using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// Lays out a roadmap the way roadmap.sh draws one: sections down a central spine, topics branching off to the left
/// and right of their section on a trunk, subtopics stacked under their topic; and the same nodes again as one column
/// for narrow screens (<see cref="GraphLayout.Column"/>). Edges only run through gaps and indents, so no edge passes
/// through a node (<see cref="GraphGeometry.FindViolations"/> checks this).
/// </summary>
internal static class RoadmapGraph
{
    /// <summary>The overview: the roadmap's title, every section on the spine, and every topic and subtopic.</summary>
    public static GraphLayout ForRoadmap(Roadmap roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var builder = new SpineLayoutBuilder();
        builder.AddTitle(roadmap.Title);
        foreach (var section in roadmap.Sections)
        {
            builder.AddSection(section);
        }

        return builder.Build();
    }

    /// <summary>One section: the section on the spine and all its items, every level of nesting shown.</summary>
    public static GraphLayout ForSection(RoadmapSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var builder = new SpineLayoutBuilder();
        builder.AddSection(section);
        return builder.Build();
    }
}
