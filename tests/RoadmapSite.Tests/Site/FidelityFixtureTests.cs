using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>
/// What GitHub shows, the site shows: each <c>Fixtures/Fidelity/case.md</c> is built as a roadmap and its section
/// page's checklist is read back as the visible text in order, with its links and exact code (see <see cref="Outline"/>),
/// then compared with <c>case.expected.txt</c>; the tree page must show the same, and roadmap.json the outline in <c>case.roadmap.txt</c>. To write a new expectation:
/// <c>UPDATE_FIXTURES=1 dotnet test</c>, then read the diff against what GitHub renders.
/// </summary>
public sealed class FidelityFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Fixture("Fidelity"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_section_and_tree_pages_show_what_github_shows(string name)
    {
        using var temp = new TempFolder();
        File.Copy(RepositoryPaths.Fixture("Fidelity", name + ".md"), temp.Combine("roadmap.md"));
        Directory.CreateDirectory(temp.Combine("content"));
        File.Move(temp.Combine("roadmap.md"), temp.Combine("content", "roadmap.md"));

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var section = Directory.GetDirectories(temp.Combine("site", "sections")).Order(StringComparer.Ordinal).First();
        var page = SiteBuildRunner.Page(section, "index.html");
        var actual = Outline(page.QuerySelector(".page-header__intro"), page.QuerySelector("section.tree")!);

        var sourceExpected = Path.Combine(RepositoryPaths.Root, "tests", "RoadmapSite.Tests", "Fixtures", "Fidelity", name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(sourceExpected, actual);
        }

        Assert.True(File.Exists(sourceExpected), $"missing {sourceExpected}: run UPDATE_FIXTURES=1 dotnet test and review it");
        Assert.Equal(File.ReadAllText(sourceExpected).ReplaceLineEndings("\n"), actual);
        var tree = SiteBuildRunner.Page(temp.Combine("site"), "tree/index.html").QuerySelector("section.tree")!;
        Assert.Contains(actual, Outline(tree.QuerySelector(".tree__intro"), tree), StringComparison.Ordinal);

        // The structure as data, where a case has case.roadmap.txt: roadmap.json's sections and items (kind, id, title,
        // the author's tick), nested.
        var data = JsonOutline(File.ReadAllText(temp.Combine("site", "roadmap.json")));
        var dataExpected = Path.ChangeExtension(sourceExpected, null).Replace(".expected", ".roadmap", StringComparison.Ordinal) + ".txt";
        if (Environment.GetEnvironmentVariable("UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(dataExpected, data);
        }

        if (File.Exists(dataExpected))
        {
            Assert.Equal(File.ReadAllText(dataExpected).ReplaceLineEndings("\n"), data);
        }
    }

    private static string JsonOutline(string json)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder();
        void Items(JsonElement items, int depth)
        {
            foreach (var item in items.EnumerateArray())
            {
                text.Append(' ', 2 * depth).Append(item.GetProperty("kind").GetString()).Append(item.GetProperty("checked").GetBoolean() ? " [x] " : " ")
                    .Append(item.GetProperty("id").GetString()).Append(" = ").Append(item.GetProperty("title").GetString()).Append('\n');
                if (item.TryGetProperty("children", out var children))
                {
                    Items(children, depth + 1);
                }
            }
        }

        foreach (var section in document.RootElement.GetProperty("sections").EnumerateArray())
        {
            text.Append("## ").Append(section.GetProperty("id").GetString()).Append(" = ").Append(section.GetProperty("title").GetString()).Append('\n');
            Items(section.GetProperty("items"), 0);
        }

        return text.ToString();
    }

    [Fact]
    public async Task A_title_written_as_an_external_link_is_offered_by_the_search_index()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] [Tries](https://example.org/tries): notes\n- [ ] Plain\n- [ ] [Local](#s)\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        using var index = JsonDocument.Parse(File.ReadAllText(temp.Combine("site", "search-index.json")));
        var links = index.RootElement.GetProperty("items").EnumerateArray()
            .Select(item => (item.GetProperty("title").GetString(), item.TryGetProperty("link", out var link) ? link.GetString() : null));
        Assert.Equal([("Tries", "https://example.org/tries"), ("Plain", null), ("Local", null)], links);
    }

    /// <summary>
    /// The section's introduction (<c>intro:</c>, one line per block), then one line per topic (<c>item:</c>, indented
    /// by depth) and, under it, its description, each link (<c>link: text -&gt; href</c>), each note's text, each block
    /// written after it (<c>block:</c>) and each code block's exact text as a JSON string.
    /// </summary>
    private static string Outline(IElement? intro, IElement root)
    {
        var text = new StringBuilder();
        foreach (var block in intro?.Children ?? Enumerable.Empty<IElement>())
        {
            text.Append("intro: ").Append(Visible(block)).Append('\n');
        }

        foreach (var item in root.QuerySelectorAll("li.tree-item"))
        {
            var depth = 0;
            for (var parent = item.ParentElement?.Closest("li.tree-item"); parent is not null; parent = parent.ParentElement?.Closest("li.tree-item"))
            {
                depth++;
            }

            var indent = new string(' ', 2 * depth);
            bool Own(IElement element) => element.Closest("li.tree-item") == item;
            text.Append(indent).Append("item: ").Append(Visible(item.QuerySelector(".tree-item__title")!))
                .Append(string.Concat(item.QuerySelectorAll(".badge--author").Where(Own).Select(badge => " (" + badge.TextContent.Trim() + ")"))).Append('\n');
            foreach (var description in item.QuerySelectorAll(".tree-item__description").Where(Own))
            {
                text.Append(indent).Append("  description: ").Append(Visible(description)).Append('\n');
            }

            foreach (var note in item.QuerySelectorAll(".tree-item__notes > li").Where(Own))
            {
                foreach (var pre in note.QuerySelectorAll("pre"))
                {
                    text.Append(indent).Append("  pre: ").Append(JsonSerializer.Serialize(pre.TextContent)).Append('\n');
                }

                if (note.QuerySelector("pre") is null)
                {
                    text.Append(indent).Append("  note: ").Append(Visible(note)).Append('\n');
                }
            }

            foreach (var block in item.QuerySelectorAll(".tree-item__blocks > *").Where(Own))
            {
                if (block.LocalName == "pre")
                {
                    text.Append(indent).Append("  pre: ").Append(JsonSerializer.Serialize(block.TextContent)).Append('\n');
                }
                else
                {
                    text.Append(indent).Append("  block: ").Append(block.LocalName).Append(": ").Append(Visible(block)).Append('\n');
                }
            }

            foreach (var link in item.QuerySelectorAll("a[href]").Where(Own))
            {
                text.Append(indent).Append("  link: ").Append(Visible(link)).Append(" -> ").Append(link.GetAttribute("href")).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Visible(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
