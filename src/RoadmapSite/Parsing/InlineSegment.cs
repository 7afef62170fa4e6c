using Markdig.Syntax.Inlines;

namespace RoadmapSite.Parsing;

/// <summary>
/// One piece of an item's line: an inline node as Markdig parsed it, or, where the parser cut a literal in
/// two (markers taken off, a title split from its description), just the text that remains of it.
/// </summary>
internal readonly record struct InlineSegment(Inline Inline, string? Text = null);
