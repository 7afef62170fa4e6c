namespace RoadmapSite.Parsing;

/// <summary>
/// Never two sibling topics with the same title from different lines: where cutting <c>Title: text</c> at a plain
/// colon gave a title a sibling already has ("Docker: Learn the basics." and "Docker: Run it in production."),
/// those lines keep their whole text as the title, as GitHub shows them.
/// </summary>
internal static class SiblingTitles
{
    public static void KeepApart(IEnumerable<DraftSection> sections)
    {
        foreach (var section in sections)
        {
            KeepApart(section.Items);
        }
    }

    private static void KeepApart(List<DraftItem> siblings)
    {
        foreach (var same in siblings.GroupBy(item => item.Line.Title, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            foreach (var item in same)
            {
                if (item.Line.Unsplit is { } whole)
                {
                    item.Line = whole;
                }
            }
        }

        foreach (var item in siblings)
        {
            KeepApart(item.Children);
        }
    }
}
