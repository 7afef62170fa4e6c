using System.Globalization;
using System.Text;
using RoadmapSite.Configuration;
using RoadmapSite.Model;
using Scriban.Runtime;

namespace RoadmapSite.Rendering;

/// <summary>
/// Builds the Scriban model of each page. Every key is set explicitly in snake_case, so the contract
/// between the C# side and the theme's templates is readable here in one place. All URLs are absolute
/// paths starting with the base path, so pages work at any depth (the 404 page is served from anywhere).
/// </summary>
public sealed class PageModelFactory
{
    public const string Generator = "RoadmapSite";

    private readonly Roadmap _roadmap;
    private readonly SiteSettings _settings;
    private readonly string _basePath;
    private readonly string? _absoluteBaseUrl;
    private readonly Func<string, string> _assetUrl;
    private readonly string _indexGraphSvg;
    private readonly Func<string, string> _sectionGraphSvg;

    /// <param name="basePath">Where the site lives on its host, starting and ending with '/': "/" or "/my-repo/".</param>
    /// <param name="absoluteBaseUrl">The site's absolute URL ("https://me.github.io/my-repo/"), or null when unknown.</param>
    /// <param name="assetUrl">Maps a logical theme asset path ("css/site.css") to its final URL (base path and fingerprint included).</param>
    /// <param name="indexGraphSvg">The whole roadmap's graph, sanitised SVG markup.</param>
    /// <param name="sectionGraphSvg">A section's graph by section id, sanitised SVG markup.</param>
    public PageModelFactory(
        Roadmap roadmap,
        SiteSettings settings,
        string basePath,
        string? absoluteBaseUrl,
        Func<string, string> assetUrl,
        string indexGraphSvg,
        Func<string, string> sectionGraphSvg)
    {
        if (!basePath.StartsWith('/') || !basePath.EndsWith('/'))
        {
            throw new ArgumentException($"The base path must start and end with '/': \"{basePath}\"", nameof(basePath));
        }

        _roadmap = roadmap;
        _settings = settings;
        _basePath = basePath;
        _absoluteBaseUrl = string.IsNullOrEmpty(absoluteBaseUrl) ? null : absoluteBaseUrl.TrimEnd('/') + "/";
        _assetUrl = assetUrl;
        _indexGraphSvg = indexGraphSvg;
        _sectionGraphSvg = sectionGraphSvg;
    }

    // Logical asset paths the layouts reach through `assets`; assetUrl maps each to its final URL.
    public const string CssAsset = "css/site.css";
    public const string JsAsset = "js/app.js";
    public const string ThemeInitJsAsset = "js/theme-init.js";
    public const string FaviconAsset = "favicon.svg";
    public const string ManifestAsset = "manifest.webmanifest";

    private string SiteTitle => _settings.Title.Length > 0 ? _settings.Title : _roadmap.Title;

    private string SiteDescription => _settings.Description.Length > 0 ? _settings.Description : _roadmap.Summary;

    /// <summary>Output path of a section page relative to the site root: <c>sections/&lt;id&gt;/index.html</c>.</summary>
    public static string SectionOutputPath(RoadmapSection section) => $"sections/{section.Id}/index.html";

    /// <summary>URL path of a section page relative to the base path: <c>sections/&lt;id&gt;/</c>.</summary>
    public static string SectionRelativeUrl(RoadmapSection section) => $"sections/{EscapePathSegment(section.Id)}/";

    public ScriptObject Index() => Page(
        kind: "index",
        title: SiteTitle,
        description: SiteDescription,
        relativeUrl: "",
        extra: model => model["graph_svg"] = _indexGraphSvg);

    public ScriptObject Section(RoadmapSection section)
    {
        var index = _roadmap.Sections.IndexOf(section);
        if (index < 0)
        {
            throw new ArgumentException($"Section '{section.Id}' is not part of the roadmap.", nameof(section));
        }

        var trackable = section.AllItems().Count(i => i.Trackable);
        return Page(
            kind: "section",
            title: section.Title,
            description: $"{section.Title}: {Count(trackable, "topic")} of {SiteTitle}.",
            relativeUrl: SectionRelativeUrl(section),
            extra: model =>
            {
                var full = SectionModel(section, withItems: true);
                full["graph_svg"] = _sectionGraphSvg(section.Id);
                full["prev"] = index > 0 ? SectionLink(_roadmap.Sections[index - 1]) : null;
                full["next"] = index < _roadmap.Sections.Length - 1 ? SectionLink(_roadmap.Sections[index + 1]) : null;
                model["section"] = full;
            });
    }

    public ScriptObject Tree() => Page(
        kind: "tree",
        title: "The whole roadmap",
        description: $"Every topic of {SiteTitle} as one checklist.",
        relativeUrl: "tree/",
        extra: model =>
        {
            var sections = new ScriptArray();
            foreach (var section in _roadmap.Sections)
            {
                sections.Add(SectionModel(section, withItems: true));
            }

            model["tree"] = new ScriptObject { ["sections"] = sections };
        });

    public ScriptObject Search() => Page(
        kind: "search",
        title: "Search",
        description: $"Search the topics of {SiteTitle}.",
        relativeUrl: "search/",
        extra: _ => { });

    public ScriptObject NotFound() => Page(
        kind: "404",
        title: "Page not found",
        description: "This page does not exist.",
        relativeUrl: "404.html",
        extra: _ => { },
        canonical: false);

    private ScriptObject Page(string kind, string title, string description, string relativeUrl, Action<ScriptObject> extra, bool canonical = true)
    {
        var model = new ScriptObject
        {
            ["site"] = SiteModel(),
            ["page"] = new ScriptObject
            {
                ["kind"] = kind,
                ["title"] = title,
                ["document_title"] = kind == "index" ? SiteTitle : $"{title} · {SiteTitle}",
                ["description"] = description,
                ["url"] = _basePath + relativeUrl,
                ["canonical_url"] = canonical && _absoluteBaseUrl is not null ? _absoluteBaseUrl + relativeUrl : "",
                ["og_type"] = "website",
                ["noindex"] = kind == "404",
            },
            ["assets"] = new ScriptObject
            {
                ["css"] = _assetUrl(CssAsset),
                ["js"] = _assetUrl(JsAsset),
                ["theme_init_js"] = _assetUrl(ThemeInitJsAsset),
                ["favicon"] = _assetUrl(FaviconAsset),
                ["manifest"] = _assetUrl(ManifestAsset),
            },
            ["roadmap"] = RoadmapModel(),
            ["graph_svg"] = "",
            ["section"] = null,
            ["tree"] = null,
        };
        extra(model);
        return model;
    }

    private ScriptObject SiteModel() => new()
    {
        ["title"] = SiteTitle,
        ["description"] = SiteDescription,
        ["language"] = _settings.Language.Length > 0 ? _settings.Language : "en",
        ["base_path"] = _basePath,
        ["storage_namespace"] = $"{_basePath}:{_settings.SiteId}",
        ["repository_url"] = _settings.RepositoryUrl,
        ["generator"] = Generator,
        ["search_index_url"] = _basePath + "search-index.json",
    };

    private ScriptObject RoadmapModel()
    {
        var sections = new ScriptArray();
        foreach (var section in _roadmap.Sections)
        {
            sections.Add(SectionModel(section, withItems: false));
        }

        return new ScriptObject
        {
            ["title"] = _roadmap.Title,
            ["intro_html"] = _roadmap.IntroHtml,
            ["legend_html"] = _roadmap.LegendHtml,
            ["item_count"] = _roadmap.AllItems().Count(),
            ["trackable_count"] = _roadmap.AllItems().Count(i => i.Trackable),
            ["sections"] = sections,
            ["index_url"] = _basePath,
            ["tree_url"] = _basePath + "tree/",
            ["search_url"] = _basePath + "search/",
        };
    }

    private ScriptObject SectionLink(RoadmapSection section) => new()
    {
        ["id"] = section.Id,
        ["title"] = section.Title,
        ["url"] = _basePath + SectionRelativeUrl(section),
    };

    private ScriptObject SectionModel(RoadmapSection section, bool withItems)
    {
        var url = _basePath + SectionRelativeUrl(section);
        var model = SectionLink(section);
        model["number"] = _roadmap.Sections.IndexOf(section) + 1;
        model["title_html"] = section.TitleHtml;
        model["item_count"] = section.AllItems().Count();
        model["trackable_count"] = section.AllItems().Count(i => i.Trackable);
        if (withItems)
        {
            model["intro_html"] = section.IntroHtml;
            model["graph_svg"] = "";
            model["items"] = Items(section.Items, url);
            model["prev"] = null;
            model["next"] = null;
        }

        return model;
    }

    private static ScriptArray Items(IEnumerable<RoadmapItem> items, string sectionUrl)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(ItemModel(item, sectionUrl));
        }

        return array;
    }

    private static ScriptObject ItemModel(RoadmapItem item, string sectionUrl)
    {
        var links = new ScriptArray();
        foreach (var link in item.Links)
        {
            links.Add(new ScriptObject { ["text"] = link.Text, ["url"] = link.Url });
        }

        var notes = new ScriptArray();
        foreach (var note in item.NotesHtml)
        {
            notes.Add(note);
        }

        return new ScriptObject
        {
            ["id"] = item.Id,
            ["kind"] = item.Kind switch
            {
                ItemKind.Task => "task",
                ItemKind.Group => "group",
                _ => "placeholder",
            },
            ["title"] = item.Title,
            ["title_html"] = item.TitleHtml,
            ["description_html"] = item.DescriptionHtml,
            ["difficulty"] = item.Difficulty == Difficulty.None ? "" : item.Difficulty.ToString().ToLowerInvariant(),
            ["difficulty_label"] = item.Difficulty == Difficulty.None ? "" : item.Difficulty.ToString(),
            ["importance"] = item.Importance,
            ["importance_label"] = item.Importance is { } stars ? $"Importance {stars} of 3" : "",
            ["importance_stars"] = item.Importance is { } count ? Stars(count) : "",
            ["trackable"] = item.Trackable,
            ["checked"] = item.Checked,
            ["notes_html"] = notes,
            ["links"] = links,
            ["children"] = Items(item.Children, sectionUrl),
            ["url"] = $"{sectionUrl}#{item.Id}",
        };
    }

    private static string Stars(int count)
    {
        var filled = Math.Clamp(count, 0, 3);
        return new string('★', filled) + new string('☆', 3 - filled);
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    /// <summary>
    /// Percent-encodes the ASCII characters that are not safe in a path segment and keeps
    /// non-ASCII letters as they are, so Unicode slugs stay readable (browsers encode them on request).
    /// </summary>
    private static string EscapePathSegment(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var rune in segment.EnumerateRunes())
        {
            if (rune.Value > 0x7F || char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_' or '.' or '~')
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append(Uri.EscapeDataString(rune.ToString()));
            }
        }

        return builder.ToString();
    }
}
