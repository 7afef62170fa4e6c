using AngleSharp.Dom;

namespace RoadmapSite.Site.Links;

/// <summary>
/// What link checking needs from a page: the ids it defines and every URL it references. Taken from the DOM
/// <see cref="ResolveLinks"/> already parsed, so <see cref="ValidateLinks"/> does not parse every page a second time.
/// </summary>
internal sealed record PageAnchors(IReadOnlySet<string> Ids, IReadOnlyList<string> Links)
{
    private static readonly string[] LinkSelectors = ["a[href]", "link[href]", "script[src]", "img[src]", "source[src]", "form[action]"];

    public static PageAnchors Of(IDocument page) => new(Targets(page),
        LinkSelectors
            .SelectMany(selector => page.QuerySelectorAll(selector))
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!)
            .ToList());

    /// <summary>What <c>#fragment</c> can lead to on the page: ids, and the author's <c>&lt;a name="…"&gt;</c> anchors (as on GitHub).</summary>
    public static HashSet<string> Targets(IDocument page) =>
        page.QuerySelectorAll("[id]").Select(element => element.Id!)
            .Concat(page.QuerySelectorAll("a[name]").Select(element => element.GetAttribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
}
