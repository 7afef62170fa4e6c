using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>A table of contents in any of its forms, and the back-to-top lines, leave nothing behind on the site.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public async Task No_part_of_a_table_of_contents_or_a_back_to_top_line_remains_on_any_page()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("content"));
        File.Copy(RepositoryPaths.Fixture("Parsing", "toc-forms.md"), temp.Combine("content", "roadmap.md"));

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(Directory.Exists(temp.Combine("site", "sections", "contents")));
        foreach (var page in Directory.GetFiles(temp.Combine("site"), "*.html", SearchOption.AllDirectories))
        {
            var main = SiteBuildRunner.Page(Path.GetDirectoryName(page)!, Path.GetFileName(page)).QuerySelector("main");
            var text = main?.TextContent ?? "";
            Assert.DoesNotContain("back to top", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Part one", text, StringComparison.Ordinal);
        }
    }
}
