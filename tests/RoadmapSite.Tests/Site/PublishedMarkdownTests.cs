using System.Text;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>The Markdown the site publishes for "Download as Markdown" is the content file byte for byte.</summary>
public sealed class PublishedMarkdownTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_published_markdown_is_the_file_byte_for_byte_byte_order_mark_and_line_endings_included(bool byteOrderMark)
    {
        using var temp = new TempFolder();
        var text = Encoding.UTF8.GetBytes("# Ünïcode\r\n\r\n## S\r\n\r\n- [ ] 数据库\r\n- [x] Two\n");
        byte[] bytes = byteOrderMark ? [0xEF, 0xBB, 0xBF, .. text] : text;
        Directory.CreateDirectory(temp.Combine("content"));
        File.WriteAllBytes(temp.Combine("content", "roadmap.md"), bytes);

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(bytes, File.ReadAllBytes(temp.Combine("site", "markdown", "roadmap.md")));
    }
}
