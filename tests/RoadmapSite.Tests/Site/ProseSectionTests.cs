using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

public sealed class ProseSectionTests
{
    private const string Roadmap = "# R\n\n## Steps\n\n- [ ] Learn Git\n\n## Contributors\n\nThanks to everyone who helped, see the list below.\n\n* Ada Lovelace, reviewer\n";

    [Fact]
    public async Task A_section_without_topics_is_a_prose_page_without_meter_checklist_or_tree_controls()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var page = SiteBuildRunner.Page(temp.Combine("site"), Path.Combine("sections", "contributors", "index.html"));

        Assert.Contains("Thanks to everyone who helped", page.Body!.TextContent);
        Assert.DoesNotContain(" of 0 done", page.Body.TextContent);
        Assert.Null(page.QuerySelector("progress"));
        Assert.Null(page.QuerySelector("#rs--checklist"));
        Assert.Null(page.QuerySelector("[data-tree-controls], .tree__toolbar, .tree, .filters"));
    }

    [Fact]
    public async Task The_index_card_of_a_prose_section_has_no_meter_and_no_topic_count()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var index = SiteBuildRunner.Page(temp.Combine("site"), "index.html");
        var cards = index.QuerySelectorAll(".section-card");
        var prose = Assert.Single(cards, card => card.TextContent.Contains("Contributors", StringComparison.Ordinal));
        var steps = Assert.Single(cards, card => card.TextContent.Contains("Steps", StringComparison.Ordinal));

        Assert.Null(prose.QuerySelector("progress"));
        Assert.DoesNotContain("0 topics", prose.TextContent);
        Assert.NotNull(steps.QuerySelector("progress"));
        Assert.Contains("1 topic", steps.TextContent);
        var tree = SiteBuildRunner.Page(temp.Combine("site"), Path.Combine("tree", "index.html"));
        Assert.Null(tree.QuerySelector("#rs--section-contributors progress"));
    }
}
