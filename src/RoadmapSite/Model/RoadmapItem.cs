using System.Collections.Immutable;

namespace RoadmapSite.Model;

/// <summary>One entry of the checklist, with its nested children.</summary>
public sealed record RoadmapItem
{
    /// <summary>Stable id a visitor's progress is keyed by: a Unicode slug of the title, or an explicit <c>{#id}</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Older ids of this item (<c>{#id aka=old-id}</c>), so progress stored under them follows a rename.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public required ItemKind Kind { get; init; }

    /// <summary>The title as inline HTML (already sanitised), markers removed.</summary>
    public required string TitleHtml { get; init; }

    /// <summary>The title as plain text, markers removed.</summary>
    public required string Title { get; init; }

    /// <summary>Where the title links to when it is written as a link (<c>[Tries](https://…)</c>), as written; else empty.</summary>
    public string TitleUrl { get; init; } = "";

    /// <summary>For a group made from a heading: the anchor GitHub gives that heading (<c>performance-1</c>); else empty.</summary>
    public string GitHubAnchor { get; init; } = "";

    /// <summary>The description as inline HTML (already sanitised), or empty.</summary>
    public string DescriptionHtml { get; init; } = "";

    /// <summary>The description as plain text, or empty.</summary>
    public string Description { get; init; } = "";

    public Difficulty Difficulty { get; init; }

    /// <summary>Star count 0-3 when the author marked it, null when unmarked.</summary>
    public int? Importance { get; init; }

    /// <summary>Whether the Markdown has it ticked (<c>[x]</c>): the author's own progress, never the visitor's.</summary>
    public bool Checked { get; init; }

    /// <summary>Whether the author marked it in progress with a status symbol (🕞, 🚧) instead of a box: their own state, never the visitor's.</summary>
    public bool AuthorInProgress { get; init; }

    public ImmutableArray<ItemLink> Links { get; init; } = [];

    /// <summary>Non-task sub-bullets, as sanitised HTML blocks.</summary>
    public ImmutableArray<string> NotesHtml { get; init; } = [];

    /// <summary>
    /// What the Markdown has after this item, outside its list and before the next item (paragraphs, block quotes,
    /// images, tables, code, resource lists), as sanitised HTML blocks in document order: shown under the item, where
    /// GitHub shows them, instead of being hoisted into the section's introduction.
    /// </summary>
    public ImmutableArray<string> BlocksHtml { get; init; } = [];

    public ImmutableArray<RoadmapItem> Children { get; init; } = [];

    public required SourceLocation Source { get; init; }

    /// <summary>
    /// Where the item's checkbox (<c>[ ]</c>, <c>[x]</c>, or a malformed one) starts in its source file's text, in UTF-16
    /// code units after any byte-order mark, or -1: "download as Markdown" ticks a visitor's done items there and
    /// changes nothing else.
    /// </summary>
    public int CheckboxStart { get; init; } = -1;

    /// <summary>The checkbox's length in the source (3 for <c>[ ]</c>).</summary>
    public int CheckboxLength { get; init; }

    public bool Trackable => Kind == ItemKind.Task;

    /// <summary>This item and all its descendants, depth first, in document order.</summary>
    public IEnumerable<RoadmapItem> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var item in child.SelfAndDescendants())
            {
                yield return item;
            }
        }
    }
}
