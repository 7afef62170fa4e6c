using System.Collections.Immutable;
using RoadmapSite.Model;

namespace RoadmapSite.Parsing;

/// <summary>
/// Gives every section and item its stable id, across all files of the roadmap. A visitor's progress is
/// keyed by these, so an id depends only on the item's own title (and, for titles used more than once, its
/// parent's title): reordering, editing descriptions or markers, and adding or removing other items leave it
/// unchanged. An explicit <c>{#id}</c> always wins.
/// </summary>
internal sealed class IdAssigner(DiagnosticBag diagnostics)
{
    private const string Qualifier = "--";

    public ImmutableArray<RoadmapSection> Assign(IReadOnlyList<DraftSection> sections, IReadOnlyList<string> partSlugs)
    {
        var sectionIds = AssignSectionIds(sections, partSlugs);
        var entries = new List<(DraftItem Item, DraftItem? Parent, string SectionId)>();
        for (var i = 0; i < sections.Count; i++)
        {
            Flatten(sections[i].Items, null, sectionIds[i], entries);
        }

        var itemIds = AssignItemIds(entries);
        return [.. sections.Select((section, i) => new RoadmapSection
        {
            Id = sectionIds[i],
            Title = section.Title,
            TitleHtml = section.TitleHtml,
            GitHubAnchor = section.GitHubAnchor,
            IntroHtml = string.Join("\n", section.IntroHtml),
            Items = Build(section.Items, itemIds),
            Part = section.Part,
            Source = section.Source,
        })];
    }

    private List<string> AssignSectionIds(IReadOnlyList<DraftSection> sections, IReadOnlyList<string> partSlugs)
    {
        // As with items, a repeated explicit id is the author's mistake, not something to number away silently:
        // it is reported and the later section falls back to its title's id.
        var explicitIds = new HashSet<string>(StringComparer.Ordinal);
        var ids = sections.Select(section =>
        {
            var explicitId = ValidExplicitId(section.ExplicitId, section.Source);
            if (explicitId is not null && !explicitIds.Add(explicitId))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, $"id '{explicitId}' is already used by another section", section.Source);
                explicitId = null;
            }

            return explicitId ?? BaseId(section.IdTitle ?? section.Title, "section");
        }).ToList();
        var counts = ids.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < sections.Count; i++)
        {
            // The same heading in several files (each guide of a multi-part roadmap has "Databases"): the file tells them apart.
            if (counts[ids[i]] > 1 && sections[i].ExplicitId is null && partSlugs.Count > 1)
            {
                ids[i] = partSlugs[sections[i].Part] + Qualifier + ids[i];
            }
        }

        return MakeUnique(ids);
    }

    private Dictionary<DraftItem, string> AssignItemIds(List<(DraftItem Item, DraftItem? Parent, string SectionId)> entries)
    {
        var ids = new Dictionary<DraftItem, string>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, _, _) in entries)
        {
            if (ValidExplicitId(item.Line.ExplicitId, item.Source) is not { } explicitId)
            {
                continue;
            }

            if (taken.Add(explicitId))
            {
                ids[item] = explicitId;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, $"id '{explicitId}' is already used by another item", item.Source);
            }
        }

        var automatic = entries.Where(entry => !ids.ContainsKey(entry.Item)).ToList();
        var baseCounts = automatic.GroupBy(entry => BaseId(entry.Item), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var candidates = automatic.Select(entry =>
        {
            var baseId = BaseId(entry.Item);
            if (baseCounts[baseId] == 1 && !taken.Contains(baseId))
            {
                return baseId;
            }

            // Titles used more than once are told apart by their parent's title (or their section), not by
            // position, so that adding an earlier namesake does not shift this one's id.
            var parent = entry.Parent is { } p ? p.Line.ExplicitId ?? BaseId(p) : entry.SectionId;
            return parent + Qualifier + baseId;
        }).ToList();

        var unique = MakeUnique(candidates, taken);
        for (var i = 0; i < automatic.Count; i++)
        {
            ids[automatic[i].Item] = unique[i];
        }

        return ids;
    }

    /// <summary>Suffixes -2, -3… onto ids seen before, in document order: the last resort for true duplicates.</summary>
    private static List<string> MakeUnique(List<string> ids, HashSet<string>? taken = null)
    {
        taken ??= new HashSet<string>(StringComparer.Ordinal);
        var counts = ids.GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            var candidate = id;
            for (var n = 2; (candidate != id && counts.ContainsKey(candidate)) || !taken.Add(candidate); n++)
            {
                candidate = id + "-" + n;
            }

            result.Add(candidate);
        }

        return result;
    }

    private string? ValidExplicitId(string? id, SourceLocation location)
    {
        if (id is null)
        {
            return null;
        }

        if (ExplicitId.IsValid(id))
        {
            return id;
        }

        diagnostics.Error(DiagnosticCodes.InvalidId, $"'{id}' is not a valid id: use letters, digits, '-', '_' and '.', starting with a letter or digit", location);
        return null;
    }

    private static string BaseId(DraftItem item) =>
        BaseId(item.Line.IdTitle, item.Kind == ItemKind.Placeholder ? "placeholder" : "item");

    private static string BaseId(string title, string fallback) => Slug.From(title) is { Length: > 0 } slug ? slug : fallback;

    private static void Flatten(List<DraftItem> items, DraftItem? parent, string sectionId, List<(DraftItem, DraftItem?, string)> into)
    {
        foreach (var item in items)
        {
            into.Add((item, parent, sectionId));
            Flatten(item.Children, item, sectionId, into);
        }
    }

    private static ImmutableArray<RoadmapItem> Build(List<DraftItem> items, Dictionary<DraftItem, string> ids) =>
        [.. items.Select(item => item.ToItem(ids[item], Build(item.Children, ids)))];
}
