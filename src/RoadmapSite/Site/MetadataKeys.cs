namespace RoadmapSite.Site;

/// <summary>The metadata the site's pipelines hand each other on documents.</summary>
internal static class MetadataKeys
{
    /// <summary>The parsed <see cref="Model.Roadmap"/> (one document, from the Roadmap pipeline).</summary>
    public const string Roadmap = "Roadmap";

    /// <summary>The content files the roadmap was parsed from (a list of <see cref="Parsing.SourceDocument"/>), for pointing diagnostics at them.</summary>
    public const string Sources = "Sources";

    /// <summary>A theme asset's path inside the theme's assets folder ("css/site.css"), before fingerprinting.</summary>
    public const string AssetPath = "AssetPath";

    /// <summary>
    /// Renders a laid-out graph as inline SVG (a <c>Func&lt;string&gt;</c>, called when its page is rendered);
    /// <see cref="GraphOf"/> says whose graph (a section id, or empty for the index).
    /// </summary>
    public const string GraphSvg = "GraphSvg";

    public const string GraphOf = "GraphOf";

    /// <summary>The Scriban layout a page is rendered with ("index", "section", …).</summary>
    public const string Layout = "Layout";

    /// <summary>How many topics a page shows (an <c>int</c>): the biggest pages are rendered first, see <see cref="Pipelines.ForEachDocument"/>.</summary>
    public const string TopicsShown = "TopicsShown";

    /// <summary>Makes the template model of a page (a <c>Func&lt;ScriptObject&gt;</c>, called when the page is rendered).</summary>
    public const string PageModel = "PageModel";

    /// <summary>
    /// A rendered page's ids and links (<see cref="Modules.PageAnchors"/>), recorded when its links were resolved, the
    /// last change to a page; a module that changed a page's HTML later would have to drop it.
    /// </summary>
    public const string PageAnchors = "PageAnchors";
}
