using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Tests.Layout;

/// <summary>Builds small synthetic roadmaps for layout tests, filling in the fields layout does not look at.</summary>
internal static class TestRoadmaps
{
    private static readonly SourceLocation Nowhere = new("test.md", 1, 1);

    public static RoadmapItem Item(
        string id,
        string? title = null,
        ItemKind kind = ItemKind.Task,
        Difficulty difficulty = Difficulty.None,
        int? importance = null,
        params RoadmapItem[] children) => new()
        {
            Id = id,
            Kind = kind,
            TitleHtml = System.Net.WebUtility.HtmlEncode(title ?? id),
            Title = title ?? id,
            Difficulty = difficulty,
            Importance = importance,
            Children = [.. children],
            Source = Nowhere,
        };

    public static RoadmapItem Item(string id, params RoadmapItem[] children) => Item(id, title: null, children: children);

    public static RoadmapSection Section(string id, params RoadmapItem[] items) => new()
    {
        Id = id,
        TitleHtml = id,
        Title = id,
        GitHubAnchor = id,
        Items = [.. items],
        Source = Nowhere,
    };

    public static Roadmap Roadmap(string title, params RoadmapSection[] sections) => new()
    {
        Title = title,
        Sections = [.. sections],
    };

    /// <summary>A chain <paramref name="depth"/> levels deep, each level with a sibling leaf, to exercise every column.</summary>
    public static RoadmapItem DeepItem(string prefix, int depth) =>
        depth == 0
            ? Item(prefix + "-leaf")
            : Item(prefix + "-" + depth, Item(prefix + "-" + depth + "-sibling"), DeepItem(prefix, depth - 1), Item(prefix + "-" + depth + "-tail"));

    public static ImmutableArray<RoadmapItem> ManyItems(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => Item($"{prefix}-{i}", $"{prefix} topic number {i}", difficulty: (Difficulty)(i % 4), importance: i % 5 == 0 ? null : i % 4))];

    /// <summary>The shapes of roadmap the layout must stay sound on, by name.</summary>
    public static IReadOnlyDictionary<string, Roadmap> Scenarios { get; } = new Dictionary<string, Roadmap>
    {
        ["deep nesting"] = Roadmap("Deep", Section("deep", DeepItem("a", 8), Item("b"), DeepItem("c", 3))),
        ["300 items in one section"] = Roadmap("Big", Section("big", [.. ManyItems("big", 300)]), Section("after", Item("x"))),
        ["300 nested items in one section"] = Roadmap(
            "Big nested",
            Section("big", [.. Enumerable.Range(1, 60).Select(i => Item($"p{i}", title: null, children: [.. ManyItems($"p{i}", i % 7)]))])),
        ["very long titles"] = Roadmap(
            string.Concat(Enumerable.Repeat("A very long roadmap title ", 20)),
            Section(
                "long",
                Item("long-1", string.Concat(Enumerable.Repeat("Supercalifragilistic ", 40)), importance: 3),
                Item("long-2", new string('x', 500), children: Item("long-2-1", string.Concat(Enumerable.Repeat("word ", 200)))),
                Item("long-3", "https://example.com/a/very/long/path/that/keeps/going/and/going/index.html"))),
        ["CJK, RTL and emoji titles"] = Roadmap(
            "路线图 🚀",
            Section(
                "intl",
                Item("cjk", "数据库设计与规范化理论以及事务隔离级别和并发控制的基本原理", difficulty: Difficulty.Hard, importance: 2),
                Item("rtl", "تصميم قواعد البيانات والتطبيع ومستويات عزل المعاملات", difficulty: Difficulty.Easy),
                Item("hebrew", "עיצוב מסדי נתונים", children: Item("mixed", "SQL ו-NoSQL במערכות מבוזרות")),
                Item("emoji", string.Concat(Enumerable.Repeat("👩‍💻🇯🇵👍🏽é ", 15))),
                Item("korean", "데이터베이스 설계와 정규화"))),
        ["long groups of subtopics, one folded inside another"] = Roadmap(
            "Long groups",
            Section(
                "long",
                Item("a", title: null, children: [.. ManyItems("a", 12)]),
                Item("b", title: null, children: [.. ManyItems("b", 9), Item("b-last", title: null, children: [.. ManyItems("b-last", 20)])]),
                Item("c", title: null, children: [.. ManyItems("c", 8)]))),
        ["empty sections"] = Roadmap("Empty", Section("first"), Section("second"), Section("third", Item("only")), Section("fourth")),
        ["a section with only one item"] = Roadmap("Single", Section("single", Item("lonely", importance: 1))),
        ["no sections at all"] = Roadmap("Nothing yet"),
        ["groups and placeholders"] = Roadmap(
            "Kinds",
            Section(
                "kinds",
                Item("group", kind: ItemKind.Group, children: [Item("g-1"), Item("more", "...", kind: ItemKind.Placeholder)]),
                Item("task", difficulty: Difficulty.Medium, importance: 0))),
    };
}
