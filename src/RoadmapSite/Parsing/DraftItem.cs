using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>An item as read from one document, before ids are given across the whole roadmap.</summary>
internal sealed class DraftItem
{
    public required ItemKind Kind { get; init; }

    public required ItemLine Line { get; set; }

    public bool Checked { get; init; }

    public bool AuthorInProgress { get; init; }

    public required SourceLocation Source { get; init; }

    /// <summary>The anchor GitHub gives the heading this group was made from (see <see cref="HeadingAnchors"/>); else empty.</summary>
    public string GitHubAnchor { get; init; } = "";

    public int CheckboxStart { get; init; } = -1;

    public int CheckboxLength { get; init; }

    public List<string> NotesHtml { get; } = [];

    /// <summary>Blocks written after the item, outside its list, before the next item (see <see cref="RoadmapItem.BlocksHtml"/>).</summary>
    public List<string> BlocksHtml { get; } = [];

    public List<DraftItem> Children { get; } = [];

    public RoadmapItem ToItem(string id, ImmutableArray<RoadmapItem> children) => new()
    {
        Id = id,
        Aliases = Line.Aliases,
        Kind = Kind,
        TitleHtml = Line.TitleHtml,
        Title = Line.Title,
        TitleUrl = Line.TitleUrl,
        GitHubAnchor = GitHubAnchor,
        DescriptionHtml = Line.DescriptionHtml,
        Description = Line.Description,
        Difficulty = Line.Difficulty,
        Importance = Line.Importance,
        Checked = Checked,
        AuthorInProgress = AuthorInProgress,
        Links = Line.Links,
        NotesHtml = [.. NotesHtml],
        BlocksHtml = [.. BlocksHtml],
        Children = children,
        Source = Source,
        CheckboxStart = CheckboxStart,
        CheckboxLength = CheckboxLength,
    };
}
