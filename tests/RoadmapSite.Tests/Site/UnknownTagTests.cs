using System.Text.Json;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>
/// GitHub drops a tag it does not know and keeps the text after it (<c>Mutex&lt;T&gt;</c> reads "Mutex"); the site's
/// section page, graph, search index and roadmap.json all say the same.
/// </summary>
public sealed class UnknownTagTests
{
    [Fact]
    public async Task A_title_with_an_unknown_tag_reads_the_same_on_every_page_and_in_every_file()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Use Mutex<T> and List<String> for sharing\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        const string expected = "Use Mutex and List for sharing";
        var section = SiteBuildRunner.Page(temp.Combine("site", "sections", "s"), "index.html");
        Assert.Equal(expected, section.QuerySelector(".tree-item__title")!.TextContent.Trim());
        var home = SiteBuildRunner.Page(temp.Combine("site"), "index.html");
        Assert.Equal(expected, home.QuerySelector("a.graph-node:not(.graph-node--section) text")!.TextContent);
        using var index = JsonDocument.Parse(File.ReadAllText(temp.Combine("site", "search-index.json")));
        Assert.Equal(expected, index.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        using var roadmap = JsonDocument.Parse(File.ReadAllText(temp.Combine("site", "roadmap.json")));
        Assert.Equal(expected, roadmap.RootElement.GetProperty("sections")[0].GetProperty("items")[0].GetProperty("title").GetString());
    }
}
