using RoadmapSite.Pipelines;

namespace RoadmapSite.Site;

/// <summary>The metadata the site's pipelines hand each other on documents.</summary>
internal static class MetadataKeys
{
    /// <summary>A content file as read: its text, its name as diagnostics give it, and whether it began with a byte order mark.</summary>
    public static readonly MetadataKey<Parsing.SourceDocument> Source = new("Source");

    /// <summary>The parsed <see cref="Model.Roadmap"/> (one document, from the Roadmap pipeline).</summary>
    public static readonly MetadataKey<Model.Roadmap> Roadmap = new("Roadmap");

    /// <summary>The content files the roadmap was parsed from , for pointing diagnostics at them.</summary>
    public static readonly MetadataKey<IReadOnlyList<Parsing.SourceDocument>> Sources = new("Sources");

    /// <summary>A theme asset's path inside the theme's assets folder ("css/site.css"), before fingerprinting.</summary>
    public static readonly MetadataKey<string> AssetPath = new("AssetPath");

    /// <summary>The interface text in the site's language (a <see cref="Localization.StringTable"/>, one document from the Strings pipeline).</summary>
    public static readonly MetadataKey<Localization.StringTable> Strings = new("Strings");

    /// <summary>A graph drawn as inline SVG, as UTF-8; <see cref="GraphOf"/> says whose graph (a section id, or empty for the index).</summary>
    public static readonly MetadataKey<Rendering.SanitizedHtml> GraphSvg = new("GraphSvg");

    public static readonly MetadataKey<string> GraphOf = new("GraphOf");

    /// <summary>The Scriban layout a page is rendered with ("index", "section", …).</summary>
    public static readonly MetadataKey<string> Layout = new("Layout");

    /// <summary>How many topics a page shows : the biggest pages are rendered first, see <see cref="Pipelines.ForEachDocument"/>.</summary>
    public static readonly MetadataKey<int> TopicsShown = new("TopicsShown");

    /// <summary>Makes the template model of a page (called when the page is rendered; dropped once it is).</summary>
    public static readonly MetadataKey<Func<Scriban.Runtime.ScriptObject>?> PageModel = new("PageModel");

    /// <summary>
    /// A rendered page's ids and links (<see cref="Links.PageAnchors"/>), recorded when its links were resolved, the
    /// last change to a page; a module that changed a page's HTML later would have to drop it.
    /// </summary>
    public static readonly MetadataKey<Links.PageAnchors> PageAnchors = new("PageAnchors");
}
