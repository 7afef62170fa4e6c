using RoadmapSite.Configuration;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>
/// Turns the content files into one <see cref="Roadmap"/>: each file is a part, read by
/// <see cref="DocumentParser"/>; ids are then given across all of them by <see cref="IdAssigner"/>.
/// </summary>
public static class RoadmapParser
{
    public static Roadmap Parse(string file, string text, MarkerVocabulary? markers = null) =>
        Parse([new SourceDocument(file, text)], markers ?? MarkerVocabulary.Default);

    /// <summary>
    /// <paramref name="title"/> and <paramref name="description"/> are site.yml's: where empty, the first file's title
    /// and introduction stand in, here and nowhere else.
    /// </summary>
    public static Roadmap Parse(IReadOnlyList<SourceDocument> documents, MarkerVocabulary markers, string title = "", string description = "")
    {
        if (documents.Count == 0)
        {
            throw new ArgumentException("A roadmap needs at least one content file.", nameof(documents));
        }

        var diagnostics = new DiagnosticBag();
        var drafts = documents.Select((document, part) => new DocumentParser(document, part, markers, diagnostics).Parse()).ToList();
        drafts.ForEach(draft => SiblingTitles.KeepApart(draft.Sections));
        var partSlugs = documents.Select(document => Slug.From(Path.GetFileNameWithoutExtension(document.File)) is { Length: > 0 } slug ? slug : "part").ToList();
        var sections = new IdAssigner(diagnostics).Assign(drafts.SelectMany(draft => draft.Sections).ToList(), partSlugs);

        var first = drafts[0];
        if (!sections.SelectMany(section => section.AllItems()).Any(item => item.Trackable))
        {
            diagnostics.Warning(DiagnosticCodes.NoItems, "no topics found: write them as a checklist ('- [ ] Topic') under '## Section' headings", new SourceLocation(first.File, 1, 1));
        }

        return new Roadmap
        {
            Title = title.Length > 0 ? title : first.Title,
            IntroHtml = string.Join("\n", first.IntroHtml),
            Description = description.Length > 0 ? description : first.Summary,
            LegendHtml = drafts.Select(draft => draft.LegendHtml).FirstOrDefault(legend => legend.Length > 0) ?? "",
            LegendEntries = [.. drafts.Select(draft => draft.LegendEntries).FirstOrDefault(entries => entries.Count > 0) ?? []],
            Direction = first.Direction,
            HomeAnchors = [.. drafts.SelectMany(draft => draft.HomeAnchors.Prepend(Slug.GitHubAnchor(draft.Title))).Distinct(StringComparer.Ordinal)],
            Parts = [.. drafts.Select(draft => new RoadmapPart(draft.Title, draft.File, string.Join("\n", draft.IntroHtml)))],
            Sections = sections,
            Diagnostics = diagnostics.ToImmutable(),
        };
    }
}
