using RoadmapSite.Configuration;
using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

/// <summary>site.yml's title and description win; the Markdown's stand in where they are empty, decided once by the parser.</summary>
public sealed class EffectiveSettingsTests
{
    private const string Markdown = "# Backend\n\nLearn the backend, step by step.\n\n## Basics\n\n- [ ] HTTP\n";

    [Fact]
    public void Without_site_settings_the_first_heading_and_paragraph_are_title_and_description()
    {
        // When
        var roadmap = RoadmapParser.Parse([new SourceDocument("roadmap.md", Markdown)], MarkerVocabulary.Default);

        // Then
        Assert.Equal(("Backend", "Learn the backend, step by step."), (roadmap.Title, roadmap.Description));
    }

    [Fact]
    public void Site_settings_title_and_description_win_over_the_markdown()
    {
        // When
        var roadmap = RoadmapParser.Parse([new SourceDocument("roadmap.md", Markdown)], MarkerVocabulary.Default, "My path", "Where I am going.");

        // Then
        Assert.Equal(("My path", "Where I am going."), (roadmap.Title, roadmap.Description));
    }
}
