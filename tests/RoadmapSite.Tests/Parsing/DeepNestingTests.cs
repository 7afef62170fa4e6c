using System.Diagnostics;
using System.Text;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Parsing;

/// <summary>Nesting deeper than the site renders is the author's mistake, reported at its Markdown line; every depth kept renders.</summary>
public sealed class DeepNestingTests
{
    private const int Limit = 32;

    [Fact]
    public async Task Given_topics_nested_as_deep_as_the_limit_when_built_then_the_deepest_shows_on_its_section_page()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", NestedList(Limit));

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var page = SiteBuildRunner.Page(temp.Combine("site"), "sections/s/index.html");
        var deepest = page.QuerySelector($"li[data-item-id='item-{Limit - 1}']");
        Assert.NotNull(deepest);
        var depth = 0;
        for (var element = deepest; element is not null; element = element.ParentElement)
        {
            depth += element.LocalName == "li" ? 1 : 0;
        }

        Assert.Equal(Limit, depth);
    }

    [Fact]
    public void Given_a_list_one_level_too_deep_when_checked_then_an_error_names_the_markdown_line_and_column()
    {
        var roadmap = RoadmapParser.Parse("deep.md", NestedList(Limit + 1));

        var error = Assert.Single(roadmap.Diagnostics);
        Assert.Equal((DiagnosticCodes.TooDeeplyNested, "deep.md", 4 + Limit + 1, (2 * Limit) + 1), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Equal(Limit, roadmap.AllItems().Count());
    }

    [Fact]
    public async Task Given_a_list_too_deep_when_built_then_the_build_fails_naming_the_markdown_not_the_theme()
    {
        using var temp = new TempFolder();
        var file = temp.Write("content/roadmap.md", NestedList(Limit + 5));

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, 4 + Limit + 1, (2 * Limit) + 1), (Path.GetFullPath(error.File!), error.Line, error.Column));
        Assert.Contains("RS009", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_headings_and_a_list_nested_together_too_deep_when_parsed_then_the_first_topic_past_the_limit_is_reported()
    {
        var text = "# T\n\n## S\n\n### A\n\n#### B\n\n" + string.Concat(Enumerable.Range(0, Limit).Select(i => new string(' ', 2 * i) + $"- [ ] Item {i}\n"));

        var roadmap = RoadmapParser.Parse("deep.md", text);

        var error = Assert.Single(roadmap.Diagnostics);
        Assert.Equal((DiagnosticCodes.TooDeeplyNested, 8 + Limit - 1), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Given_block_quotes_nested_past_markdigs_limit_when_parsed_then_an_error_names_the_line_instead_of_a_crash()
    {
        var text = "# T\n\n## S\n\n- [ ] Fine\n\n" + new string('>', 300) + " deep\n";

        var roadmap = RoadmapParser.Parse("quotes.md", text);

        var error = Assert.Single(roadmap.Diagnostics, d => d.Code == DiagnosticCodes.TooDeeplyNested);
        Assert.Equal(7, error.Location.Line);
    }

    [Fact]
    public void Given_code_samples_that_look_like_deep_lists_when_parsed_then_nothing_is_reported()
    {
        var code = string.Concat(Enumerable.Range(0, Limit + 10).Select(i => new string(' ', 2 * i) + "- yaml\n"));
        var roadmap = RoadmapParser.Parse("code.md", "# T\n\n## S\n\n- [ ] Topic\n\n  ```yaml\n" + code + "  ```\n- [ ] After\n");

        Assert.Empty(roadmap.Diagnostics);
        Assert.Equal(["Topic", "After"], roadmap.AllItems().Select(item => item.Title));
    }

    [Fact]
    public void Given_3000_nested_levels_when_parsed_then_it_finishes_in_seconds_not_minutes()
    {
        // Was 93 s: Markdig's block parser costs depth² a line. A bound this loose holds on a loaded machine.
        var stopwatch = Stopwatch.StartNew();
        var roadmap = RoadmapParser.Parse("deep.md", NestedList(3000));

        Assert.InRange(stopwatch.Elapsed.TotalSeconds, 0, 20);
        Assert.Equal(Limit, roadmap.AllItems().Count());
        Assert.Single(roadmap.Diagnostics);
    }

    private static string NestedList(int depth)
    {
        var text = new StringBuilder("# T\n\n## S\n\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', 2 * i).Append("- [ ] Item ").Append(i).Append('\n');
        }

        return text.ToString();
    }
}
