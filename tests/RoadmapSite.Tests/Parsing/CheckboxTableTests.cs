using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

/// <summary>A table whose rows hold <c>[ ]</c>/<c>[x]</c> cells (a LeetCode-style tracker): each row is a topic.</summary>
public sealed class CheckboxTableTests
{
    private const string Markdown = "# T\n\n## Arrays\n\n| # | Problem | Level | Done |\n|---|---|---|---|\n| 1 | [Two Sum](https://example.org/1) | Easy | [x] |\n| 15 | 3Sum | Medium | [ ] |\n";

    [Fact]
    public void Each_row_is_a_topic_whose_box_download_as_markdown_can_tick()
    {
        var roadmap = RoadmapParser.Parse("roadmap.md", Markdown);

        var items = roadmap.AllItems().ToList();
        Assert.Equal(["Two Sum", "3Sum"], items.Select(item => item.Title));
        Assert.Equal([true, false], items.Select(item => item.Checked));
        Assert.Equal(["[x]", "[ ]"], items.Select(item => Markdown.Substring(item.CheckboxStart, item.CheckboxLength)));
        Assert.Equal(["#1", "#15"], items.Select(item => item.Description));
        Assert.Equal("https://example.org/1", items[0].TitleUrl);
    }

    [Fact]
    public void A_document_whose_only_boxes_are_in_a_table_keeps_its_other_bullets_as_text()
    {
        var roadmap = RoadmapParser.Parse("roadmap.md", Markdown + "\n## Resources\n\n- a book\n- a site\n");

        Assert.Equal(2, roadmap.AllItems().Count());
    }
}
