using RoadmapSite.Model;
using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Parsing;

/// <summary>
/// A visitor's progress is stored under item ids, so an id must survive every edit that does not touch the
/// item's own title: each test edits a base roadmap and checks the ids of the items it did not rename.
/// </summary>
public sealed class IdStabilityTests
{
    private const string Base = """
        # Roadmap

        ## Basics

        - [ ] 🟢⭐ Variables: hold values
        - [ ] Loops
          - [ ] For loops
          - [ ] While loops
        - [ ] Functions

        ## Advanced

        - [ ] Generics
        - [ ] Testing
        """;

    private static readonly string[] Titles = ["Variables", "Loops", "For loops", "While loops", "Functions", "Generics", "Testing"];

    [Fact]
    public void Given_the_base_roadmap_when_parsed_then_unique_titles_get_plain_slugs()
    {
        var ids = IdsByTitle(Base);

        Assert.Equal(["variables", "loops", "for-loops", "while-loops", "functions", "generics", "testing"], Titles.Select(t => ids[t]));
        Assert.Equal(["basics", "advanced"], Parse(Base).Sections.Select(s => s.Id));
    }

    [Fact]
    public void Given_items_reordered_when_parsed_then_every_id_is_unchanged()
    {
        var edited = Base.Replace("""
            - [ ] Loops
              - [ ] For loops
              - [ ] While loops
            - [ ] Functions
            """, """
            - [ ] Functions
            - [ ] Loops
              - [ ] While loops
              - [ ] For loops
            """, StringComparison.Ordinal);

        AssertSameIds(Base, edited);
    }

    [Fact]
    public void Given_sections_reordered_when_parsed_then_every_item_and_section_id_is_unchanged()
    {
        var basics = Base[Base.IndexOf("## Basics", StringComparison.Ordinal)..Base.IndexOf("## Advanced", StringComparison.Ordinal)];
        var advanced = Base[Base.IndexOf("## Advanced", StringComparison.Ordinal)..];
        var edited = "# Roadmap\n\n" + advanced + "\n\n" + basics;

        AssertSameIds(Base, edited);
        Assert.Equal(["advanced", "basics"], Parse(edited).Sections.Select(s => s.Id));
    }

    [Fact]
    public void Given_an_items_description_changed_when_parsed_then_its_id_is_unchanged()
    {
        AssertSameIds(Base, Base.Replace("Variables: hold values", "Variables: names bound to values, and their scope", StringComparison.Ordinal));
        AssertSameIds(Base, Base.Replace("Variables: hold values", "Variables", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_items_markers_changed_when_parsed_then_its_id_is_unchanged()
    {
        AssertSameIds(Base, Base.Replace("🟢⭐ Variables", "🔴⭐⭐⭐ Variables", StringComparison.Ordinal));
        AssertSameIds(Base, Base.Replace("🟢⭐ Variables", "Variables", StringComparison.Ordinal));
        AssertSameIds(Base, Base.Replace("- [ ] Generics", "- [ ] 🟡️⭐️ Generics", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_item_checked_when_parsed_then_its_id_is_unchanged()
    {
        AssertSameIds(Base, Base.Replace("- [ ] Functions", "- [x] Functions", StringComparison.Ordinal).Replace("- [ ] For loops", "- [X] For loops", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_items_added_before_and_after_when_parsed_then_existing_ids_are_unchanged()
    {
        var edited = Base
            .Replace("- [ ] 🟢⭐ Variables", "- [ ] Syntax\n- [ ] 🟢⭐ Variables", StringComparison.Ordinal)
            .Replace("  - [ ] While loops", "  - [ ] Do loops\n  - [ ] While loops\n  - [ ] Loop labels", StringComparison.Ordinal)
            + "\n- [ ] Benchmarks\n";

        AssertSameIds(Base, edited);
    }

    [Fact]
    public void Given_other_items_removed_when_parsed_then_remaining_ids_are_unchanged()
    {
        var edited = Base.Replace("- [ ] Functions\n", "", StringComparison.Ordinal).Replace("  - [ ] For loops\n", "", StringComparison.Ordinal);
        var before = IdsByTitle(Base);
        var after = IdsByTitle(edited);

        Assert.DoesNotContain("Functions", after.Keys);
        Assert.All(after, pair => Assert.Equal(before[pair.Key], pair.Value));
    }

    [Fact]
    public void Given_a_section_added_before_the_others_when_parsed_then_existing_ids_are_unchanged()
    {
        AssertSameIds(Base, Base.Replace("## Basics", "## Setup\n\n- [ ] Install\n\n## Basics", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_namesake_added_in_another_section_when_parsed_then_other_ids_are_unchanged_and_the_two_namesakes_get_section_qualified_ids()
    {
        var edited = Base + "\n- [ ] Loops\n";
        var roadmap = Parse(edited);
        var after = roadmap.AllItems().Where(i => i.Title != "Loops").ToDictionary(i => i.Title, i => i.Id);
        var before = IdsByTitle(Base);

        Assert.All(after, pair => Assert.Equal(before[pair.Key], pair.Value));
        // The original "Loops" loses its plain id: the cost of never numbering by position. An author keeps it with {#loops}.
        Assert.Equal(["basics--loops", "advanced--loops"], roadmap.AllItems().Where(i => i.Title == "Loops").Select(i => i.Id));
    }

    [Fact]
    public void Given_a_namesake_added_with_the_original_pinned_when_parsed_then_the_original_keeps_its_id()
    {
        var edited = Base.Replace("- [ ] Loops", "- [ ] Loops {#loops}", StringComparison.Ordinal) + "\n- [ ] Loops\n";
        var loops = Parse(edited).AllItems().Where(i => i.Title == "Loops").Select(i => i.Id).ToList();

        Assert.Equal("loops", loops[0]);
        Assert.NotEqual("loops", loops[1]);
        Assert.NotEmpty(loops[1]);
    }

    [Fact]
    public void Given_an_explicit_id_when_parsed_then_it_wins_over_the_title_and_survives_a_rename()
    {
        var pinned = Base.Replace("- [ ] Functions", "- [ ] Functions {#fn}", StringComparison.Ordinal);
        var renamed = pinned.Replace("Functions {#fn}", "Functions and closures {#fn}", StringComparison.Ordinal);

        Assert.Equal("fn", IdsByTitle(pinned)["Functions"]);
        Assert.Equal("fn", IdsByTitle(renamed)["Functions and closures"]);
    }

    [Fact]
    public void Given_an_explicit_id_equal_to_another_items_slug_when_parsed_then_the_explicit_one_wins_and_ids_stay_unique()
    {
        var edited = Base.Replace("- [ ] Functions", "- [ ] Functions {#generics}", StringComparison.Ordinal);
        var ids = Parse(edited).AllItems().Select(i => i.Id).ToList();

        Assert.Equal("generics", IdsByTitle(edited)["Functions"]);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Given_duplicate_titles_in_different_sections_when_parsed_then_ids_are_unique_qualified_by_section_and_deterministic()
    {
        const string text = "# R\n\n## Python\n\n- [ ] Testing\n\n## Go\n\n- [ ] Testing\n\n## Rust\n\n- [ ] Testing\n";

        var first = Parse(text).AllItems().Select(i => i.Id).ToList();
        var second = Parse(text).AllItems().Select(i => i.Id).ToList();

        Assert.Equal(["python--testing", "go--testing", "rust--testing"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Given_duplicate_titles_in_the_same_section_when_parsed_then_later_ones_are_numbered_in_document_order()
    {
        const string text = "# R\n\n## Python\n\n- [ ] Testing\n- [ ] Testing\n- [ ] Testing\n";

        var ids = Parse(text).AllItems().Select(i => i.Id).ToList();

        Assert.Equal(["python--testing", "python--testing-2", "python--testing-3"], ids);
        Assert.Equal(ids, Parse(text).AllItems().Select(i => i.Id));
    }

    [Fact]
    public void Given_duplicate_titles_under_different_parents_when_parsed_then_they_are_qualified_by_the_parent()
    {
        const string text = "# R\n\n## S\n\n- [ ] Web\n  - [ ] Basics\n- [ ] Data\n  - [ ] Basics\n";

        Assert.Equal(["web", "web--basics", "data", "data--basics"], Parse(text).AllItems().Select(i => i.Id));
    }

    [Fact]
    public void Given_a_title_that_slugs_to_a_qualified_id_when_parsed_then_ids_stay_unique()
    {
        const string text = "# R\n\n## Python\n\n- [ ] Testing\n- [ ] Testing\n- [ ] Python -- Testing\n- [ ] Python Testing 2\n";

        var ids = Parse(text).AllItems().Select(i => i.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.NotEmpty(id));
    }

    [Theory]
    [InlineData("数据结构", "算法", "数据库")]
    [InlineData("データ構造", "アルゴリズム", "データベース")]
    [InlineData("رمزنگاری توکن‌ها", "احراز هویت", "محدودیت تعداد درخواست")]
    [InlineData("משתנים", "לולאות", "פונקציות")]
    public void Given_non_latin_titles_when_parsed_then_ids_are_non_empty_distinct_and_keep_the_script(string a, string b, string c)
    {
        var text = $"# R\n\n## S\n\n- [ ] {a}\n- [ ] {b}\n- [ ] {c}\n";

        var ids = Parse(text).AllItems().Select(i => i.Id).ToList();

        Assert.Equal(3, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Contains(id, candidate => char.IsLetter(candidate) && candidate > 0x7F));
        Assert.All(ids, id => Assert.DoesNotContain('\u200C', id));
    }

    private static Roadmap Parse(string text) => RoadmapParser.Parse("roadmap.md", text.ReplaceLineEndings("\n"));

    private static Dictionary<string, string> IdsByTitle(string text) =>
        Parse(text).AllItems().ToDictionary(item => item.Title, item => item.Id, StringComparer.Ordinal);

    private static void AssertSameIds(string before, string after)
    {
        var expected = IdsByTitle(before);
        var actual = IdsByTitle(after);
        foreach (var title in Titles)
        {
            Assert.True(actual.ContainsKey(title), $"'{title}' is missing after the edit");
            Assert.Equal(expected[title], actual[title]);
        }
    }
}
