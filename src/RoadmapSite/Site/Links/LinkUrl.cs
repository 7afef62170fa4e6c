namespace RoadmapSite.Site.Links;

/// <summary>What kind of address a link in a page holds, shared by link resolution, link checking and the search index.</summary>
internal static class LinkUrl
{
    /// <summary>A link that leaves the site: it has a scheme (<c>https:</c>, <c>mailto:</c>) or is protocol-relative (<c>//host/…</c>).</summary>
    public static bool IsExternal(string href) =>
        href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Scheme) && href.Contains(':');
}
