using System.Collections.Immutable;

namespace RoadmapSite.Model;

/// <summary>The whole parsed roadmap: what every page and roadmap.json are made from.</summary>
public sealed record Roadmap
{
    /// <summary>The site title: site.yml's title, or else the first file's (see <see cref="Parsing.RoadmapParser"/>).</summary>
    public required string Title { get; init; }


    /// <summary>Content before the first section (sanitised HTML), the legend note excluded.</summary>
    public string IntroHtml { get; init; } = "";

    /// <summary>The meta description: site.yml's description, or else the intro's first paragraph as plain text.</summary>
    public string Description { get; init; } = "";

    /// <summary>The legend note of the Markdown (<c>&gt; [!NOTE]</c> naming the markers), as sanitised HTML, if any.</summary>
    public string LegendHtml { get; init; } = "";

    /// <summary>The legend list of the Markdown (<c>- [x] Done</c>, <c>- ✅ - finished</c> before the first section): its markers and what they mean.</summary>
    public ImmutableArray<LegendEntry> LegendEntries { get; init; } = [];

    /// <summary>"ltr" or "rtl", from the first content file's script.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>GitHub anchors of the Markdown that the site shows on its home page (the title, a table of contents).</summary>
    public ImmutableArray<string> HomeAnchors { get; init; } = [];

    public ImmutableArray<RoadmapPart> Parts { get; init; } = [];

    public ImmutableArray<RoadmapSection> Sections { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    public IEnumerable<RoadmapItem> AllItems() => Sections.SelectMany(s => s.AllItems());
}
