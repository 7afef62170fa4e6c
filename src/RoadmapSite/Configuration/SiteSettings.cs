using System.Collections.Immutable;

namespace RoadmapSite.Configuration;

/// <summary>Everything <c>content/site.yml</c> can set; every property has the default a missing file gets.</summary>
public sealed record SiteSettings
{
    /// <summary>Site title; empty means the roadmap's H1.</summary>
    public string Title { get; init; } = "";

    /// <summary>Meta description; empty means the roadmap introduction's first paragraph.</summary>
    public string Description { get; init; } = "";

    /// <summary>Namespaces visitors' saved progress, so two roadmaps on one origin never mix.</summary>
    public string SiteId { get; init; } = "roadmap";

    /// <summary>Where the site is published, e.g. <c>https://me.github.io/my-roadmap/</c> or <c>/my-roadmap/</c>.</summary>
    public string BaseUrl { get; init; } = "/";

    public string RepositoryUrl { get; init; } = "";

    public string Language { get; init; } = "en";

    /// <summary>Name of a theme folder under <c>themes/</c> whose files override the default theme's, one by one.</summary>
    public string Theme { get; init; } = "";

    /// <summary>Content files in order; empty means every <c>*.md</c> in the content folder, by file name.</summary>
    public ImmutableArray<string> Files { get; init; } = [];

    /// <summary>
    /// Content-folder files published as they are although a browser would run them (HTML, JavaScript, XML, an SVG kept
    /// unsanitised, any type not known to be inert): each one is the author's explicit choice, and the build warns about it.
    /// </summary>
    public ImmutableArray<string> PublishActiveFiles { get; init; } = [];

    public MarkerVocabulary Markers { get; init; } = MarkerVocabulary.Default;

    public static SiteSettings Default { get; } = new();
}
