namespace RoadmapSite.Site;

/// <summary>How a file of the content folder may be published, by what a browser does with it on the site's origin.</summary>
internal enum ContentFileKind
{
    /// <summary>Not a static file: the roadmap's Markdown and site.yml, published otherwise or not at all.</summary>
    Source,

    /// <summary>Shown or downloaded, never run: images, PDF, plain text, media, fonts, archives.</summary>
    Inert,

    /// <summary>SVG, which can hold scripts: published sanitised (see <see cref="SvgSanitizer"/>).</summary>
    Svg,

    /// <summary>HTML, JavaScript, XML and any type not known to be inert: published only when site.yml lists it.</summary>
    Active,
}
