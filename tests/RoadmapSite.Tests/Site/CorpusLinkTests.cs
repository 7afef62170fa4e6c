using System.Text.Json;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>
/// On every corpus document (ours, and ../shared/corpus where it exists): a topic whose Markdown carries a link keeps
/// a clickable link on its section page, as GitHub shows it. The site is built with a repository URL, as a fork's is,
/// so that links to the repository's other files have somewhere to go.
/// </summary>
public sealed class CorpusLinkTests
{
    public static TheoryData<string> CorpusFiles() => [.. RepositoryPaths.CorpusFiles];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Every_topic_with_a_link_in_the_markdown_has_a_clickable_link_on_its_section_page(string file)
    {
        using var temp = new TempFolder();

        var result = await SiteBuildRunner.BuildAsForkAsync(file, temp);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        using var roadmap = JsonDocument.Parse(File.ReadAllText(temp.Combine("site", "roadmap.json")));
        var missing = new List<string>();
        var linked = 0;
        foreach (var section in roadmap.RootElement.GetProperty("sections").EnumerateArray())
        {
            var sectionId = section.GetProperty("id").GetString()!;
            var page = SiteBuildRunner.Page(temp.Combine("site", "sections", sectionId), "index.html");
            foreach (var item in Flatten(section.GetProperty("items")).Where(item => item.GetProperty("links").GetArrayLength() > 0))
            {
                linked++;
                var id = item.GetProperty("id").GetString()!;
                var element = page.GetElementById(id);
                var hasLink = element?.QuerySelectorAll("a[href]").Any(link => link.Closest("li.tree-item") == element) == true;
                if (!hasLink)
                {
                    missing.Add(item.GetProperty("title").GetString()!);
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} of {linked} linked topics show no link: {string.Join(" | ", missing.Take(10))}");
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement items) =>
        items.EnumerateArray().SelectMany(item => Flatten(item.GetProperty("children")).Prepend(item));
}
