using System.Text.Json;
using RoadmapSite.Localization;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Localization;

/// <summary>
/// The scripts' strings are one cached file for the whole site, not a copy in every page (the index page's byte budget,
/// bench/notes.md): every page names the same fingerprinted file, which holds the site language's table and is cached
/// for offline use.
/// </summary>
public sealed class ClientStringsFileTests
{
    [Fact]
    public async Task Given_a_german_site_then_every_page_names_one_fingerprinted_strings_file_with_the_german_table_and_carries_none_itself()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Roadmap\n\n## Grundlagen\n\n- [ ] Git\n");
        temp.Write("content/site.yml", "language: de\nsite_id: de-strings\n");
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var pages = SiteBuildRunner.HtmlFiles(temp.Combine("site")).Select(file => SiteBuildRunner.Page(temp.Combine("site"), file)).ToList();
        Assert.NotEmpty(pages);
        var urls = pages.Select(page =>
        {
            Assert.Empty(page.QuerySelectorAll("script[type='application/json']"));
            var link = page.QuerySelector("head link#rs--strings[rel=preload][as=fetch][crossorigin]");
            Assert.NotNull(link);
            return link.GetAttribute("href")!;
        }).Distinct().ToList();
        var url = Assert.Single(urls);
        Assert.Matches(@"^/assets/strings\.[0-9a-f]{10}\.json$", url);

        using var file = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("site" + url)));
        Assert.Equal("de", file.RootElement.GetProperty("lang").GetString());
        var strings = file.RootElement.GetProperty("strings");
        Assert.Equal(StringTable.LoadDefault("de").Raw("state_title.done").Text, strings.GetProperty("state_title.done").GetString());
        Assert.All(strings.EnumerateObject(), entry => Assert.True(ClientStrings.IsClientKey(entry.Name), entry.Name));

        using var offline = JsonDocument.Parse(File.ReadAllBytes(temp.Combine("site/offline-manifest.json")));
        Assert.Contains(url, offline.RootElement.GetProperty("urls").EnumerateArray().Select(entry => entry.GetString()));
    }
}
