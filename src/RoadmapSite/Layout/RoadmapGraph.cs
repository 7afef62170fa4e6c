using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// Lays out a roadmap the way roadmap.sh draws one: sections down a central spine, items branching off to the left
/// and right of their section. Every depth has its own column and edges only cross the gaps between columns, so
/// no edge can pass through a node (<see cref="GraphGeometry.FindViolations"/> checks this).
/// </summary>
internal static class RoadmapGraph
{
    /// <summary>The overview: the roadmap's title, every section on the spine, and each section's top-level items.</summary>
    public static GraphLayout ForRoadmap(Roadmap roadmap)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var builder = new SpineLayoutBuilder(includeDescendants: false);
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
        var builder = new SpineLayoutBuilder(includeDescendants: true);
        builder.AddSection(section);
        return builder.Build();
    }
}
