namespace RoadmapSite.Parsing;

/// <summary>
/// The anchors GitHub gives a document's headings, in document order: a heading whose anchor was taken by an
/// earlier one gets <c>-1</c>, <c>-2</c>… (the second "Performance" is <c>#performance-1</c>), so links written
/// for GitHub lead to the same heading here.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    /// <param name="headingText">The heading's text as written (<see cref="MarkdownSetup.SourceText(Markdig.Syntax.LeafBlock)"/>).</param>
    public string Next(string headingText)
    {
        var anchor = Slug.GitHubAnchor(headingText);
        var unique = anchor;
        var n = seen.GetValueOrDefault(anchor);
        while (seen.ContainsKey(unique))
        {
            n++;
            unique = anchor + "-" + n;
        }

        seen[anchor] = n;
        seen.TryAdd(unique, 0);
        return unique;
    }
}
