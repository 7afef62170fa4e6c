using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

/// <summary>Front matter is YAML: its title reads as any YAML reader reads it, and YAML that does not parse is reported.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("title: Backend roadmap", "Backend roadmap")]
    [InlineData("title: \"Backend: the path\"  # quoted, with a comment", "Backend: the path")]
    [InlineData("title: 'It''s mine'", "It's mine")]
    [InlineData("layout: page\ntitle: >\n  Folded\n  title", "Folded title")]
    public void The_title_is_the_yaml_value(string yaml, string title)
    {
        // When
        var roadmap = RoadmapParser.Parse("roadmap.md", $"---\n{yaml}\n---\n# Heading\n\n## Basics\n\n- [ ] HTTP\n");

        // Then
        Assert.Equal(title, roadmap.Title);
        Assert.Empty(roadmap.Diagnostics);
    }

    [Fact]
    public void Front_matter_that_is_not_yaml_is_reported_with_its_line_and_the_heading_is_the_title()
    {
        // When
        var roadmap = RoadmapParser.Parse("roadmap.md", "---\ntitle: [unclosed\n---\n# Heading\n\n## Basics\n\n- [ ] HTTP\n");

        // Then
        Assert.Equal("Heading", roadmap.Title);
        var warning = Assert.Single(roadmap.Diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidFrontMatter, "roadmap.md", 1), (warning.Code, warning.Location.File, warning.Location.Line));
    }
}
