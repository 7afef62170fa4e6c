using System.Text;
using RoadmapSite.Configuration;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Pipelines;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Parsing;

/// <summary>Windows line endings and a UTF-8 byte order mark must not change what is parsed.</summary>
public sealed class LineEndingTests
{
    private const string Markdown = """
        # Line endings

        > [!NOTE]
        > Difficulty is 🟢 🟡 🔴, importance ⭐.

        ## First section

        - [ ] 🟢⭐ **Alpha**: the first topic
          - a note under alpha
          - [x] Alpha child {#alpha-child}
        - Group
          - [ ] Beta
        - [ ] ...

        ### Deeper

        - [ ] Gamma: with description

        ## Second section

        1. [ ] Delta
        """;

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Fixture("Parsing"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Given_CRLF_line_endings_when_parsed_then_the_outline_equals_the_LF_one()
    {
        var lf = Markdown.ReplaceLineEndings("\n");
        var crlf = Markdown.ReplaceLineEndings("\r\n");

        Assert.Contains("\r\n", crlf);
        Assert.Equal(Outline(lf), Outline(crlf));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Given_a_fixture_with_CRLF_line_endings_when_parsed_then_the_outline_equals_the_LF_one(string name)
    {
        var text = File.ReadAllText(RepositoryPaths.Fixture("Parsing", name + ".md")).ReplaceLineEndings("\n");

        Assert.Equal(Outline(text, name + ".md"), Outline(text.Replace("\n", "\r\n", StringComparison.Ordinal), name + ".md"));
    }

    [Fact]
    public void Given_CRLF_line_endings_when_parsed_then_source_lines_are_the_same_as_with_LF()
    {
        var lf = RoadmapParser.Parse("r.md", Markdown.ReplaceLineEndings("\n"));
        var crlf = RoadmapParser.Parse("r.md", Markdown.ReplaceLineEndings("\r\n"));

        Assert.Equal(lf.AllItems().Select(i => i.Source), crlf.AllItems().Select(i => i.Source));
        Assert.Equal(lf.Sections.Select(s => s.Source), crlf.Sections.Select(s => s.Source));
    }

    [Fact]
    public void Given_a_file_with_a_UTF8_BOM_when_loaded_from_a_content_folder_then_the_outline_equals_the_one_without()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "roadmap.md"), Markdown.ReplaceLineEndings("\r\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(Path.Combine(folder.Path, "roadmap.md"))[0]);

        var content = ContentFolder.Load(folder.Path);
        var roadmap = RoadmapParser.Parse(content.Documents, content.Settings.Markers);

        Assert.Empty(content.Diagnostics);
        Assert.Equal(Outline(Markdown.ReplaceLineEndings("\n")), RoadmapOutline.Write(roadmap));
    }

    [Fact]
    public void Given_text_that_still_starts_with_a_BOM_when_parsed_then_the_first_heading_is_still_the_title()
    {
        var withBom = "\uFEFF" + Markdown.ReplaceLineEndings("\n");

        Assert.Equal(Outline(Markdown.ReplaceLineEndings("\n")), Outline(withBom));
    }

    private static string Outline(string text, string file = "roadmap.md") => RoadmapOutline.Write(RoadmapParser.Parse(file, text));
}
