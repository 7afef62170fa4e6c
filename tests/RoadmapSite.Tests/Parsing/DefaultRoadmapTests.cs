using System.Text.RegularExpressions;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Parsing;

/// <summary>The default roadmap (content/roadmap.md) as the issue pins it: sections, item counts, markers as written.</summary>
public sealed partial class DefaultRoadmapTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryPaths.DefaultRoadmap);
    private static readonly Roadmap Roadmap = RoadmapParser.Parse("roadmap.md", File.ReadAllText(RepositoryPaths.DefaultRoadmap));

    [Fact]
    public void Given_the_default_roadmap_when_parsed_then_it_has_the_12_sections_of_the_markdown_in_order_without_the_table_of_contents()
    {
        var headings = Lines.Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Select(line => line[3..].Trim())
            .Where(title => title != "Table of Contents").ToList();

        Assert.Equal(12, Roadmap.Sections.Length);
        Assert.Equal(headings, Roadmap.Sections.Select(s => s.Title));
        Assert.DoesNotContain(Roadmap.Sections, s => s.Title.Contains("Contents", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Backend Developer Learning Roadmap", Roadmap.Title);
    }

    [Fact]
    public void Given_the_default_roadmap_when_parsed_then_it_has_169_items_of_which_168_are_trackable()
    {
        var items = Roadmap.AllItems().ToList();

        Assert.Equal(169, items.Count);
        Assert.Equal(168, items.Count(i => i.Trackable));
        var placeholder = Assert.Single(items, i => !i.Trackable);
        Assert.Equal(ItemKind.Placeholder, placeholder.Kind);
        Assert.Equal("...", placeholder.Title);
    }

    [Fact]
    public void Given_the_default_roadmap_when_parsed_then_every_task_line_has_the_difficulty_and_stars_it_is_written_with()
    {
        var items = Roadmap.AllItems().ToDictionary(i => i.Source.Line);
        var checkedLines = 0;
        for (var index = 0; index < Lines.Length; index++)
        {
            var match = TaskLine().Match(Lines[index]);
            if (!match.Success)
            {
                continue;
            }

            var markers = match.Groups["markers"].Value;
            var expectedDifficulty = markers.Contains("🟢", StringComparison.Ordinal) ? Difficulty.Easy
                : markers.Contains("🟡", StringComparison.Ordinal) ? Difficulty.Medium
                : markers.Contains("🔴", StringComparison.Ordinal) ? Difficulty.Hard
                : Difficulty.None;
            var stars = markers.Split('⭐').Length - 1;

            Assert.True(items.TryGetValue(index + 1, out var item), $"no item parsed from line {index + 1}: {Lines[index]}");
            Assert.True(expectedDifficulty == item.Difficulty, $"line {index + 1}: difficulty {item.Difficulty}, written {expectedDifficulty}");
            Assert.True((stars == 0 ? null : stars) == item.Importance, $"line {index + 1}: importance {item.Importance}, written {stars} stars");
            Assert.DoesNotContain("⭐", item.Title, StringComparison.Ordinal);
            checkedLines++;
        }

        Assert.Equal(169, checkedLines);
    }

    [Fact]
    public void Given_the_default_roadmap_when_parsed_then_there_are_no_diagnostics_and_ids_are_unique()
    {
        var ids = Roadmap.AllItems().Select(i => i.Id).ToList();

        Assert.Empty(Roadmap.Diagnostics);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEmpty(Roadmap.LegendHtml);
    }

    /// <summary>A task line and the run of marker symbols right after its checkbox.</summary>
    [GeneratedRegex(@"^\s*(?:[-*+]|\d+\.)\s+\[[ xX]\]\s*(?<markers>[🟢🟡🔴⭐\uFE0F\s]*)")]
    private static partial Regex TaskLine();
}
