using System.Collections.Immutable;

namespace RoadmapSite.Model;

/// <summary>A level-2 heading of the roadmap and everything under it; deeper headings become group items.</summary>
public sealed record RoadmapSection
{
    /// <summary>Stable id: Unicode slug of the title, unique within the roadmap; used in <c>sections/&lt;id&gt;/</c>.</summary>
    public required string Id { get; init; }

    public required string TitleHtml { get; init; }

    public required string Title { get; init; }

    /// <summary>The anchor GitHub gives this heading, so in-page links of the Markdown can be resolved.</summary>
    public required string GitHubAnchor { get; init; }

    /// <summary>Content between the heading and the first item (paragraphs, callouts), as sanitised HTML.</summary>
    public string IntroHtml { get; init; } = "";

    public ImmutableArray<RoadmapItem> Items { get; init; } = [];

    /// <summary>Index of the part (source file) this section belongs to.</summary>
    public int Part { get; init; }

    public required SourceLocation Source { get; init; }

    /// <summary>The sum of the estimates of its topics (see <see cref="RoadmapItem.TotalMinutes"/>), or null when none has one.</summary>
    public int? TotalMinutes => Estimates.Total(Items);

    public IEnumerable<RoadmapItem> AllItems() => Items.SelectMany(i => i.SelfAndDescendants());
}
