using System.Text.Json;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>A legend list before the first section (<c>- [x] Done</c>, <c>- ✅ - finished</c>) is shown as the legend, not as topics.</summary>
public sealed class LegendListTests
{
    [Fact]
    public async Task The_legend_list_is_shown_in_the_legend_and_is_not_a_topic()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Plan\n\nLegend:\n\n- [x] Done\n- [ ] Not done yet\n\n## Week 1\n\n- [x] Variables\n- [ ] Loops\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var index = SiteBuildRunner.Page(temp.Combine("site"), "index.html");
        var legend = index.QuerySelector(".legend")!;
        var entries = legend.QuerySelectorAll("li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("☑ Done", entries);
        Assert.Contains("☐ Not done yet", entries);
        Assert.DoesNotContain("Legend:", index.QuerySelector("main")!.TextContent.Replace(legend.TextContent, "", StringComparison.Ordinal), StringComparison.Ordinal);
        var tree = SiteBuildRunner.Page(temp.Combine("site"), "tree/index.html");
        Assert.Equal(["Variables", "Loops"], tree.QuerySelectorAll(".tree-item__title").Select(title => title.TextContent.Trim()));
    }

    [Fact]
    public async Task Status_symbols_are_the_authors_state_in_roadmap_json_and_leave_the_titles()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Reading\n\n- ✅ - finished\n- 🕞 - in progress\n- ❌ - not started\n\n## Books\n\n- ✅ Clean Code\n- 🕞 Refactoring\n- ❌ SICP\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("site", "roadmap.json")));
        var items = json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(section => section.GetProperty("items").EnumerateArray())
            .Select(item => (item.GetProperty("title").GetString(), item.GetProperty("checked").GetBoolean(), item.TryGetProperty("authorState", out var state) ? state.GetString() : null));
        Assert.Equal([("Clean Code", true, null), ("Refactoring", false, "in-progress"), ("SICP", false, null)], items);
    }
}
