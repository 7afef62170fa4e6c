using System.Xml.Linq;
using RoadmapSite.Badges;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

public sealed class BadgeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Given_text_when_measured_then_verdana_11px_widths_are_used()
    {
        // H e l l o in Verdana: 751 + 595 + 274 + 274 + 606 thousandths of an em.
        Assert.Equal(27.5, VerdanaWidths.Measure("Hello"), 3);
        Assert.True(VerdanaWidths.Measure("WWW") > VerdanaWidths.Measure("iii") * 2);
        Assert.Equal(22, VerdanaWidths.Measure("数据"), 3);
        Assert.Equal(VerdanaWidths.Measure("e"), VerdanaWidths.Measure("e\u0301"), 3);
    }

    [Fact]
    public void Given_a_long_title_when_badged_then_the_label_box_is_wider_and_the_text_fits_it()
    {
        var narrow = XDocument.Parse(ProgressBadge.Render("Go", 1, 4, BadgeScheme.Light));
        var wide = XDocument.Parse(ProgressBadge.Render("Backend Developer", 1, 4, BadgeScheme.Light));

        Assert.True(Width(wide) > Width(narrow) + 80);
        var label = wide.Descendants(Svg + "text").First();
        var box = wide.Descendants(Svg + "rect").First(rect => rect.Parent!.Name == Svg + "g");
        Assert.True((int)label.Attribute("textLength")! < (int)box.Attribute("width")!);
    }

    [Fact]
    public void Given_a_title_longer_than_forty_characters_when_badged_then_it_is_cut_at_a_word_with_an_ellipsis()
    {
        var badge = XDocument.Parse(ProgressBadge.Render("The Complete and Extremely Thorough Backend Developer Roadmap", 0, 3, BadgeScheme.Light));
        Assert.Equal("The Complete and Extremely Thorough…", badge.Descendants(Svg + "text").First().Value);
    }

    [Fact]
    public async Task Given_a_roadmap_with_author_ticks_when_built_then_badges_show_title_and_done_of_total_for_the_site_and_each_section()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Backend roadmap\n\n## Databases\n\n- [x] SQL\n- [ ] Indexes\n  - [x] B-trees\n- [ ] ...\n\n## Tools\n\n- [ ] Git\n");
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var site = XDocument.Load(temp.Combine("site", "badge.svg"));
        Assert.Equal(["Backend roadmap", "2/4 · 50%"], Texts(site));
        Assert.Equal("Backend roadmap: 2 of 4 done, 50%", site.Root!.Element(Svg + "title")!.Value);
        Assert.Equal("img", (string?)site.Root.Attribute("role"));

        Assert.Equal(["Databases", "2/3 · 66%"], Texts(XDocument.Load(temp.Combine("site", "sections", "databases", "badge.svg"))));
        Assert.Equal(["Tools", "0/1 · 0%"], Texts(XDocument.Load(temp.Combine("site", "sections", "tools", "badge.svg"))));

        var dark = XDocument.Load(temp.Combine("site", "badge-dark.svg"));
        Assert.Equal(Texts(site), Texts(dark));
        Assert.NotEqual(Fills(site), Fills(dark));
        Assert.Contains("badge.svg", File.ReadAllText(temp.Combine("site", "offline-manifest.json")));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/RoadmapSite.Cli/Scaffold/README.md")]
    public void Given_a_readme_when_read_then_it_shows_the_markdown_embedding_both_badges(string readme)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme));
        Assert.Contains("<source media=\"(prefers-color-scheme: dark)\" srcset=\"https://", text);
        Assert.Contains("/badge-dark.svg\">", text);
        Assert.Matches(@"\[!\[Progress\]\(https://[^)]+/badge\.svg\)\]", text);
    }

    private static int Width(XDocument badge) => (int)badge.Root!.Attribute("width")!;

    private static string[] Texts(XDocument badge) =>
        [.. badge.Descendants(Svg + "text").Where(text => text.Attribute("fill") is null).Select(text => text.Value)];

    private static string[] Fills(XDocument badge) =>
        [.. badge.Descendants().Select(element => (string?)element.Attribute("fill")).OfType<string>()];
}
