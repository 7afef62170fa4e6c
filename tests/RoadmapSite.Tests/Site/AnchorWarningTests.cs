using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>A link to a heading that does not exist is reported where the Markdown has it, with the anchor as the reader wrote it.</summary>
public sealed class AnchorWarningTests
{
    [Fact]
    public async Task A_broken_anchor_is_reported_at_its_file_line_and_column_with_the_anchor_decoded()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Go [nowhere](#no-such-h%C3%A9ading) now\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("no-such-h", StringComparison.Ordinal));
        Assert.StartsWith("link '#no-such-h%C3%A9ading' ('#no-such-héading') points to nothing on the site", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("roadmap.md", warning.File, StringComparison.Ordinal);
        Assert.Equal((5, 20), (warning.Line, warning.Column)); // where the anchor is written
    }
}
