using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Rendering;

namespace RoadmapSite.Tests.Rendering;

/// <summary>A small hand-built roadmap and the theme of this checkout, shared by the rendering tests.</summary>
internal static class SampleSite
{
    public const string BasePath = "/my-repo/";
    public const string AbsoluteBaseUrl = "https://me.github.io/my-repo/";
    public const string HostileTitle = "Tags <script>alert(1)</script> & more";

    public static string DefaultThemeDirectory { get; } = FindDefaultThemeDirectory();

    public static Roadmap Roadmap { get; } = BuildRoadmap();

    public static SiteSettings Settings { get; } = new()
    {
        SiteId = "roadmap",
        RepositoryUrl = "https://github.com/me/my-repo",
    };

    public static PageModelFactory Factory(string? absoluteBaseUrl = AbsoluteBaseUrl) => new(
        Roadmap,
        Settings,
        new SiteUrls(absoluteBaseUrl ?? BasePath),
        asset => BasePath + "assets/" + asset,
        id => new SanitizedHtml(Svg(id.Length == 0 ? "index" : id)));

    private static string Svg(string id) =>
        $"""<svg class="roadmap-graph" viewBox="0 0 400 200" width="400" height="200"><a class="graph-node graph-node--section difficulty-none" href="{BasePath}sections/{id}/"><rect class="graph-node__box" x="10" y="10" width="120" height="40"></rect><text class="graph-node__label" x="20" y="35">{id}</text></a></svg>""";

    private static Roadmap BuildRoadmap()
    {
        var source = new SourceLocation("roadmap.md", 1, 1);
        RoadmapItem Item(string id, ItemKind kind, string title, params RoadmapItem[] children) => new()
        {
            Id = id,
            Kind = kind,
            Title = title,
            TitleHtml = System.Net.WebUtility.HtmlEncode(title),
            Source = source,
            Children = [.. children],
        };

        var basics = new RoadmapSection
        {
            Id = "basics",
            Title = "Basics",
            TitleHtml = "Basics",
            GitHubAnchor = "basics",
            Source = source,
            IntroHtml = "<p>Start here.</p>",
            Items =
            [
                Item("foundations", ItemKind.Task, "Foundations",
                    Item("logic", ItemKind.Task, "Logic") with { Difficulty = Difficulty.Easy, Importance = 3, Checked = true },
                    Item("algorithms", ItemKind.Task, "Algorithms") with { Difficulty = Difficulty.Medium, Importance = 1 },
                    Item("more-foundations", ItemKind.Placeholder, "...")),
                Item("tools", ItemKind.Group, "Tools",
                    Item("git", ItemKind.Task, "Git") with { Difficulty = Difficulty.Hard, DescriptionHtml = "Version <em>control</em>." }),
            ],
        };
        var hostile = new RoadmapSection
        {
            Id = "tags",
            Title = HostileTitle,
            TitleHtml = System.Net.WebUtility.HtmlEncode(HostileTitle),
            GitHubAnchor = "tags",
            Source = source,
            Items = [Item("hostile", ItemKind.Task, HostileTitle) with { NotesHtml = ["<p>A note.</p>"] }],
        };

        return new Roadmap
        {
            Title = "Backend <Roadmap>",
            IntroHtml = "<p>Learn the backend.</p>",
            Description = "Learn the backend.",
            LegendHtml = "<p>🟢 🟡 🔴 from easy to hard.</p>",
            Sections = [basics, hostile],
        };
    }

    private static string FindDefaultThemeDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoadmapSite.sln")))
            {
                return Path.Combine(directory.FullName, "themes", "default");
            }
        }

        throw new InvalidOperationException("No RoadmapSite.sln above " + AppContext.BaseDirectory);
    }
}
