using System.Text.Json;
using RoadmapSite.Configuration;
using RoadmapSite.Data;
using RoadmapSite.Model;
using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

/// <summary>Time estimates: a leading ⏱ marker, read into minutes, summed up parents, sections and the roadmap.</summary>
public sealed class EstimateTests
{
    [Theory]
    [InlineData("⏱ 2h", 120)]
    [InlineData("⏱ 30m", 30)]
    [InlineData("⏱ 1.5h", 90)]
    [InlineData("⏱ 3d", 3 * 8 * 60)]
    [InlineData("⏱️ 45 min", 45)]
    [InlineData("⏱2H", 120)]
    [InlineData("⏱ 1,5h", 90)]
    public void Given_an_estimate_marker_when_parsed_then_the_topic_has_its_minutes_and_a_clean_title(string marker, int minutes)
    {
        var roadmap = RoadmapParser.Parse("r.md", $"# R\n\n## S\n\n- [ ] {marker} Docker: containers\n");

        var item = Assert.Single(roadmap.AllItems());
        Assert.Equal(minutes, item.EstimateMinutes);
        Assert.Equal("Docker", item.Title);
        Assert.Empty(roadmap.Diagnostics);
    }

    [Fact]
    public void Given_an_estimate_among_the_other_markers_when_parsed_then_each_marker_is_read()
    {
        var item = Assert.Single(RoadmapParser.Parse("r.md", "# R\n\n## S\n\n- [ ] 🟡⭐⭐ ⏱ 2h **Design**: normal forms\n").AllItems());

        Assert.Equal((Difficulty.Medium, 2, 120, "Design"), (item.Difficulty, item.Importance, item.EstimateMinutes, item.Title));
    }

    [Fact]
    public void Given_estimates_on_siblings_whose_cut_at_a_colon_is_undone_when_parsed_then_each_keeps_its_estimate()
    {
        // Cut at the colon both would be titled "Docker", so both are read whole; the estimate stays with each.
        var items = RoadmapParser.Parse("r.md", "# R\n\n## S\n\n- [ ] ⏱ 2h Docker: learn the basics.\n- [ ] ⏱ 30m Docker: run it in production.\n").AllItems().ToList();

        Assert.Equal(["Docker: learn the basics.", "Docker: run it in production."], items.Select(item => item.Title));
        Assert.Equal([120, 30], items.Select(item => item.EstimateMinutes));
    }

    [Theory]
    [InlineData("- [ ] ⏱ soon Docker", 7, "'⏱ soon'")]
    [InlineData("- [ ] 🟢 ⏱ 2x Docker", 10, "'⏱ 2x'")]
    [InlineData("- [ ] ⏱ h Docker", 7, "'⏱ h'")]
    public void Given_an_unreadable_estimate_when_parsed_then_a_warning_points_at_its_line_and_column(string line, int column, string quoted)
    {
        var roadmap = RoadmapParser.Parse("r.md", $"# R\n\n## S\n\n{line}\n");

        var warning = Assert.Single(roadmap.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.UnreadableEstimate), (warning.Severity, warning.Code));
        Assert.Equal(("r.md", 5, column), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains(quoted, warning.Message, StringComparison.Ordinal);
        var item = Assert.Single(roadmap.AllItems());
        Assert.Null(item.EstimateMinutes);
        Assert.Equal("Docker", item.Title);
    }

    [Fact]
    public void Given_estimates_on_subtopics_when_totalled_then_a_parent_without_one_sums_them_and_one_with_its_own_keeps_it()
    {
        var roadmap = RoadmapParser.Parse("r.md", """
            # R

            ## Databases

            - [ ] SQL
              - [ ] ⏱ 2h Joins
              - [ ] ⏱ 30m Indexes
              - [ ] Views
            - [ ] ⏱ 1d NoSQL
              - [ ] ⏱ 3h Redis
            - [ ] Unestimated

            ## Tools

            - [ ] Git
            """);

        var sql = roadmap.AllItems().Single(item => item.Id == "sql");
        var nosql = roadmap.AllItems().Single(item => item.Id == "nosql");
        Assert.Equal((null, 150), (sql.EstimateMinutes, sql.TotalMinutes));
        Assert.Equal((480, 480), (nosql.EstimateMinutes, nosql.TotalMinutes));
        Assert.Equal(630, roadmap.Sections[0].TotalMinutes);
        Assert.Null(roadmap.Sections[1].TotalMinutes);
        Assert.Equal(630, roadmap.TotalMinutes);

        using var json = JsonDocument.Parse(RoadmapJson.Write(roadmap, file => file, id => $"/sections/{id}/"));
        Assert.Equal(630, json.RootElement.GetProperty("totalMinutes").GetInt32());
        var first = json.RootElement.GetProperty("sections")[0];
        Assert.Equal(630, first.GetProperty("totalMinutes").GetInt32());
        var sqlJson = first.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, sqlJson.GetProperty("estimateMinutes").ValueKind);
        Assert.Equal(150, sqlJson.GetProperty("totalMinutes").GetInt32());
        Assert.Equal(120, sqlJson.GetProperty("children")[0].GetProperty("estimateMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sections")[1].GetProperty("totalMinutes").ValueKind);
    }

    [Fact]
    public void Given_site_yml_estimate_settings_when_parsed_then_symbol_units_and_day_length_follow_them()
    {
        var (settings, diagnostics) = SiteSettingsLoader.Parse(
            "markers:\n  estimate: [\"⌛\"]\n  hours: [h, Std]\n  minutes: [m]\n  days: [d, T]\n  hours_per_day: 6\n", "site.yml");
        Assert.Empty(diagnostics);

        var roadmap = RoadmapParser.Parse("r.md", "# R\n\n## S\n\n- [ ] ⌛ 2 Std Docker\n- [ ] ⌛ 1T Git\n- [ ] ⏱ 2h Make\n", settings.Markers);

        var items = roadmap.AllItems().ToList();
        Assert.Equal([120, 360, null], items.Select(item => item.EstimateMinutes));
        Assert.Equal("⏱ 2h Make", items[2].Title);
        Assert.Equal(Difficulty.Easy, settings.Markers.Difficulty["🟢"]);
    }

    [Theory]
    [InlineData("markers:\n  hours_per_day: 30\n", 2, 18, "markers.hours_per_day: expected a number of hours above 0 and at most 24")]
    [InlineData("markers:\n  hours_per_day: lots\n", 2, 18, "markers.hours_per_day")]
    [InlineData("markers:\n  hours: [\"2h\"]\n", 2, 11, "markers.hours: '2h' must be letters only")]
    [InlineData("markers:\n  days: 3\n", 2, 9, "markers.days: expected a list of unit words")]
    public void Given_a_wrong_estimate_setting_when_parsed_then_it_is_an_error_at_its_value(string yaml, int line, int column, string message)
    {
        var (settings, diagnostics) = SiteSettingsLoader.Parse(yaml, "site.yml");

        var error = Assert.Single(diagnostics);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(MarkerVocabulary.Default.HoursPerDay, settings.Markers.HoursPerDay);
    }
}
