using RoadmapSite.Site;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>Every problem the build finds in the content names the Markdown's file, line and column, once.</summary>
public sealed class DiagnosticLocationTests
{
    [Fact]
    public async Task Given_a_broken_link_in_raw_html_when_built_then_one_error_names_the_markdown_line()
    {
        using var temp = new TempFolder();
        var file = temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Good\n- [ ] Raw <a href=\"/nowhere/\">html</a> link\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, 6, 20), (Path.GetFullPath(error.File!), error.Line, error.Column));
        Assert.Contains("'/nowhere/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_link_to_a_missing_file_written_with_spaces_when_built_then_the_warning_names_the_markdown_line()
    {
        using var temp = new TempFolder();
        var file = temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Good\n- [ ] See [my notes](<my notes.md>)\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((file, 6, 23), (Path.GetFullPath(warning.File!), warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("my site")]
    [InlineData("ftp://example.org/roadmap/")]
    [InlineData("https://example.org/a b/")]
    [InlineData("/roadmap/?x=1")]
    [InlineData("/café/")]
    [InlineData("https://example.org/caf%C3%A9/")]
    public void Given_a_bad_base_url_when_loaded_then_it_is_one_error_naming_the_option(string baseUrl)
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] [Item](#s)\n");

        var load = SiteLoadResult.From(temp.Combine("content"), baseUrl);

        Assert.Null(load.Site);
        var message = Assert.Single(load.Messages());
        Assert.Contains($"'{baseUrl}' (--base-url)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/my-roadmap/")]
    [InlineData("my-roadmap")]
    [InlineData("https://you.github.io/my-roadmap/")]
    [InlineData("/")]
    public void Given_a_good_base_url_when_loaded_then_the_site_is_built(string baseUrl)
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Item\n");

        Assert.NotNull(SiteLoadResult.From(temp.Combine("content"), baseUrl).Site);
    }

    [Fact]
    public void Given_a_bad_base_url_when_the_cli_builds_then_it_exits_2_with_a_single_error()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] [Item](#s)\n- [ ] Other\n");

        var (exitCode, _, error) = ProcessRunner.RoadmapSite("build", "--content", temp.Combine("content"), "--output", temp.Combine("site"), "--base-url", "my site");

        Assert.Equal(2, exitCode);
        Assert.Single(error.Split('\n'), line => line.Contains("error", StringComparison.Ordinal));
    }
}
