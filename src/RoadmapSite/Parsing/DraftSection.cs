using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>A section as read from one document, before ids are given across the whole roadmap.</summary>
internal sealed class DraftSection
{
    public required string Title { get; init; }

    public required string TitleHtml { get; init; }

    /// <summary>The heading as written, emoji shortcodes included: the id comes from it (see <see cref="ItemLine.SourceTitle"/>).</summary>
    public string? IdTitle { get; init; }

    public required string GitHubAnchor { get; init; }

    public string? ExplicitId { get; init; }

    public required SourceLocation Source { get; init; }

    public required int Part { get; init; }

    public List<string> IntroHtml { get; } = [];

    public List<DraftItem> Items { get; } = [];
}
