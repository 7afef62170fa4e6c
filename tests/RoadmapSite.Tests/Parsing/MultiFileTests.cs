using RoadmapSite.Tests.Support;
using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Pipelines;

namespace RoadmapSite.Tests.Parsing;

/// <summary>A content folder of several Markdown files is one roadmap, one part per file; site.yml can order them and set markers.</summary>
public sealed class MultiFileTests
{
    private const string First = "# Beginner\n\n## Databases\n\n- [ ] SQL\n\n## Tools\n\n- [ ] Git\n";
    private const string Second = "# Advanced\n\n## Databases\n\n- [ ] Sharding\n\n## Scaling\n\n- [ ] Caching\n";

    [Fact]
    public void Given_numbered_files_when_the_folder_is_loaded_then_parts_and_sections_follow_file_name_order()
    {
        using var folder = new TempFolder();
        Write(folder, "2_b.md", Second);
        Write(folder, "1_a.md", First);

        var roadmap = Load(folder.Path, out _);

        Assert.Equal(["Beginner", "Advanced"], roadmap.Parts.Select(p => p.Title));
        Assert.Equal(["Databases", "Tools", "Databases", "Scaling"], roadmap.Sections.Select(s => s.Title));
        Assert.Equal([0, 0, 1, 1], roadmap.Sections.Select(s => s.Part));
        Assert.Equal("Beginner", roadmap.Title);
        Assert.Equal(["sql", "git", "sharding", "caching"], roadmap.AllItems().Select(i => i.Id));
    }

    [Fact]
    public void Given_the_same_section_title_in_two_files_when_parsed_then_the_sections_get_distinct_ids_named_after_the_files()
    {
        using var folder = new TempFolder();
        Write(folder, "1_a.md", First);
        Write(folder, "2_b.md", Second);

        var sections = Load(folder.Path, out _).Sections;

        Assert.Equal(sections.Length, sections.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["1-a--databases", "tools", "2-b--databases", "scaling"], sections.Select(s => s.Id));
    }

    [Fact]
    public void Given_a_site_yml_files_list_when_the_folder_is_loaded_then_its_order_wins_over_file_names()
    {
        using var folder = new TempFolder();
        Write(folder, "1_a.md", First);
        Write(folder, "2_b.md", Second);
        Write(folder, "site.yml", "title: Ordered\nfiles:\n  - 2_b.md\n  - 1_a.md\n");

        var roadmap = Load(folder.Path, out var content);

        Assert.Empty(content.Diagnostics);
        Assert.Equal("Ordered", roadmap.Title);
        Assert.Equal(["Advanced", "Beginner"], roadmap.Parts.Select(p => p.Title));
        Assert.Equal(["Databases", "Scaling", "Databases", "Tools"], roadmap.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Given_a_site_yml_with_an_unknown_key_when_loaded_then_an_error_names_site_yml_with_its_line_and_column()
    {
        using var folder = new TempFolder();
        Write(folder, "roadmap.md", First);
        Write(folder, "site.yml", "title: Mine\ncolour: blue\n");

        var content = ContentFolder.Load(folder.Path);

        var error = Assert.Single(content.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.SiteSettings, error.Code);
        Assert.EndsWith("site.yml", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(1, error.Location.Column);
        Assert.Contains("unknown setting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_site_yml_listing_a_missing_file_when_loaded_then_an_error_names_the_file()
    {
        using var folder = new TempFolder();
        Write(folder, "roadmap.md", First);
        Write(folder, "site.yml", "files:\n  - nope.md\n");

        var content = ContentFolder.Load(folder.Path);

        var error = Assert.Single(content.Diagnostics);
        Assert.Contains("nope.md", error.Message, StringComparison.Ordinal);
        Assert.True(content.HasErrors);
    }

    [Fact]
    public void Given_custom_markers_in_site_yml_when_parsed_then_they_are_honoured_and_the_defaults_are_not()
    {
        using var folder = new TempFolder();
        Write(folder, "roadmap.md", "# R\n\n## S\n\n- [ ] ✅🔥🔥 Custom easy\n- [ ] 🟧 Custom hard\n- [ ] 🟢 Default easy\n");
        Write(folder, "site.yml", "markers:\n  easy: [\"✅\"]\n  medium: [\"🟨\"]\n  hard: [\"🟧\"]\n  importance: [\"🔥\"]\n");

        var roadmap = Load(folder.Path, out var content);
        var items = roadmap.AllItems().ToList();

        Assert.Empty(content.Diagnostics);
        Assert.Equal((Difficulty.Easy, (int?)2, "Custom easy"), (items[0].Difficulty, items[0].Importance, items[0].Title));
        Assert.Equal((Difficulty.Hard, (int?)null, "Custom hard"), (items[1].Difficulty, items[1].Importance, items[1].Title));
        Assert.Equal(Difficulty.None, items[2].Difficulty);
        Assert.Contains(roadmap.Diagnostics, d => d.Code == DiagnosticCodes.UnknownMarker && d.Location.Line == 7);
    }

    private static void Write(TempFolder folder, string name, string text) => File.WriteAllText(Path.Combine(folder.Path, name), text);

    private static Roadmap Load(string path, out ContentFolder content)
    {
        content = ContentFolder.Load(path);
        return RoadmapParser.Parse(content.Documents, content.Settings.Markers, content.Settings.Title);
    }
}
