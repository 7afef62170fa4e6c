using System.Globalization;
using System.Text;
using RoadmapSite.Configuration;
using RoadmapSite.Localization;
using RoadmapSite.Model;
using Scriban.Runtime;

namespace RoadmapSite.Rendering;

/// <summary>
/// Builds the Scriban model of each page. Every key is set explicitly in snake_case, so the contract
/// between the C# side and the theme's templates is readable here in one place. All URLs are absolute
/// paths starting with the base path, so pages work at any depth (the 404 page is served from anywhere).
/// </summary>
internal sealed class PageModelFactory
{
    public const string Generator = "RoadmapSite";

    private readonly Roadmap _roadmap;
    private readonly SiteSettings _settings;
    private readonly SiteUrls _urls;
    private readonly string _liveReloadScriptUrl;
    private readonly Func<string, string> _assetUrl;
    private readonly Func<string, SanitizedHtml> _graphSvg;
    private readonly StringTable _strings;
    private readonly TranslateFunction _translate;
    private readonly TranslateAroundFunction _translateAround;

    // Every page carries the whole roadmap's section list with counts: counted once here, not once per page
    // (that made the build quadratic in sections × items: 100,000 items spent seconds recounting).
    private readonly Dictionary<RoadmapSection, SectionCounts> _sectionCounts = new(ReferenceEqualityComparer.Instance);
    private readonly int _itemCount;
    private readonly int _trackableCount;
    private readonly int _authorTickedCount;

    // The roadmap's summary (every section with its counts) is the same on every page: made once and shared by
    // every render, read-only. Made per page, a roadmap of 4,000 sections built 16 million section summaries.
    private readonly Lazy<ScriptObject> _roadmapModel;

    // A section's checklist is on two pages, its own and the whole tree: rendered once, on the first page that writes
    // it, and forgotten here once both pages' models hold it (at 100,000 topics the checklists are 100 MB of markup).
    private readonly Dictionary<RoadmapSection, (RenderedOnce Html, int Pages)> _checklists = new(ReferenceEqualityComparer.Instance);

    private readonly record struct SectionCounts(int Number, int Items, int Trackable);

    /// <param name="urls">Every URL of the site, base path included.</param>
    /// <param name="assetUrl">Maps a logical theme asset path ("css/site.css") to its final URL (base path and fingerprint included).</param>
    /// <param name="graphSvg">A graph's sanitised SVG markup by section id; "" for the whole roadmap's graph on the index.</param>
    public PageModelFactory(
        Roadmap roadmap,
        SiteSettings settings,
        SiteUrls urls,
        Func<string, string> assetUrl,
        Func<string, SanitizedHtml> graphSvg,
        StringTable? strings = null,
        string liveReloadScriptUrl = "")
    {
        _strings = strings ?? StringTable.LoadDefault(settings.Language);
        _translate = new TranslateFunction(_strings);
        _translateAround = new TranslateAroundFunction(_strings);
        _liveReloadScriptUrl = liveReloadScriptUrl;
        _roadmap = roadmap;
        _settings = settings;
        _urls = urls;
        _assetUrl = assetUrl;
        _graphSvg = graphSvg;
        for (var i = 0; i < roadmap.Sections.Length; i++)
        {
            var section = roadmap.Sections[i];
            var (items, trackable) = (0, 0);
            foreach (var item in section.AllItems())
            {
                items++;
                trackable += item.Trackable ? 1 : 0;
                _authorTickedCount += item.Trackable && item.Checked ? 1 : 0;
            }

            _sectionCounts[section] = new SectionCounts(i + 1, items, trackable);
            _checklists[section] = (NewChecklist(section), 2);
            _itemCount += items;
            _trackableCount += trackable;
        }

        _roadmapModel = new Lazy<ScriptObject>(RoadmapModel);
    }

    // Logical asset paths the layouts reach through `assets`; assetUrl maps each to its final URL.
    public const string CssAsset = "css/site.css";
    public const string ChecklistCssAsset = "css/checklist.css";
    public const string JsAsset = "js/app.js";
    public const string ThemeInitJsAsset = "js/theme-init.js";
    public const string FaviconAsset = "favicon.svg";
    public const string StringsAsset = "strings.json";

    private string SiteTitle => _roadmap.Title;

    private string SiteDescription => _roadmap.Description;

    public ScriptObject Index() => Page(
        kind: "index",
        title: SiteTitle,
        description: SiteDescription,
        relativeUrl: "",
        extra: model => model["graph_svg"] = _graphSvg(""));

    public ScriptObject Section(RoadmapSection section)
    {
        if (!_sectionCounts.TryGetValue(section, out var counts))
        {
            throw new ArgumentException($"Section '{section.Id}' is not part of the roadmap.", nameof(section));
        }

        var index = counts.Number - 1;
        var trackable = counts.Trackable;
        return Page(
            kind: "section",
            title: section.Title,
            description: _strings.Get("page.section_description", new Dictionary<string, object?> { ["section"] = section.Title, ["topics"] = _strings.Get("count.topics", trackable), ["site"] = SiteTitle }),
            relativeUrl: _urls.Section(section.Id)[_urls.BasePath.Length..],
            extra: model =>
            {
                var full = SectionModel(section, withItems: true);
                full["graph_svg"] = _graphSvg(section.Id);
                full["prev"] = index > 0 ? SectionLink(_roadmap.Sections[index - 1]) : null;
                full["next"] = index < _roadmap.Sections.Length - 1 ? SectionLink(_roadmap.Sections[index + 1]) : null;
                model["section"] = full;
            });
    }

    public ScriptObject Tree() => Page(
        kind: "tree",
        title: _strings.Get("page.tree_title"),
        description: _strings.Get("page.tree_description", new Dictionary<string, object?> { ["site"] = SiteTitle }),
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
        title: _strings.Get("page.search_title"),
        description: _strings.Get("page.search_description", new Dictionary<string, object?> { ["site"] = SiteTitle }),
        relativeUrl: "search/",
        extra: _ => { });

    public ScriptObject NotFound() => Page(
        kind: "404",
        title: _strings.Get("page.not_found_title"),
        description: _strings.Get("page.not_found_description"),
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
                ["url"] = _urls.BasePath + relativeUrl,
                ["canonical_url"] = canonical ? _urls.Absolute(_urls.BasePath + relativeUrl) ?? "" : "",
                ["og_type"] = "website",
                ["noindex"] = kind == "404",
            },
            ["assets"] = AssetsModel(),
            ["roadmap"] = _roadmapModel.Value,
            ["graph_svg"] = SanitizedHtml.Empty,
            ["section"] = null,
            ["tree"] = null,
            ["t"] = _translate,
            ["t_around"] = _translateAround,
        };
        extra(model);
        return model;
    }

    private ScriptObject AssetsModel() => new()
    {
        ["css"] = _assetUrl(CssAsset),
        ["checklist_css"] = _assetUrl(ChecklistCssAsset),
        ["js"] = _assetUrl(JsAsset),
        ["theme_init_js"] = _assetUrl(ThemeInitJsAsset),
        ["strings"] = _assetUrl(StringsAsset),
        ["favicon"] = _assetUrl(FaviconAsset),
        ["manifest"] = _urls.File(SiteUrls.WebManifestFile),
    };

    private ScriptObject SiteModel() => new()
    {
        ["title"] = SiteTitle,
        ["description"] = SiteDescription,
        ["language"] = _settings.Language,
        ["direction"] = _strings.PageDirection(_roadmap.Direction),
        ["live_reload_js"] = _liveReloadScriptUrl,
        ["base_path"] = _urls.BasePath,
        ["storage_namespace"] = $"{_urls.BasePath}:{_settings.SiteId}",
        ["repository_url"] = _settings.RepositoryUrl,
        ["generator"] = Generator,
        ["search_index_url"] = _urls.File(SiteUrls.SearchIndexFile),
    };

    /// <summary>A roadmap made of several files shows its sections grouped by file (Beginner, Intermediate…); one file, no groups.</summary>
    private ScriptArray PartsModel(ScriptArray sections)
    {
        var parts = new ScriptArray();
        if (_roadmap.Parts.Length < 2)
        {
            return parts;
        }

        for (var part = 0; part < _roadmap.Parts.Length; part++)
        {
            var inPart = new ScriptArray();
            for (var i = 0; i < _roadmap.Sections.Length; i++)
            {
                if (_roadmap.Sections[i].Part == part)
                {
                    inPart.Add(sections[i]);
                }
            }

            parts.Add(new ScriptObject
            {
                ["title"] = _roadmap.Parts[part].Title,
                ["intro_html"] = part == 0 ? SanitizedHtml.Empty : Content(_roadmap.Parts[part].IntroHtml),
                ["sections"] = inPart,
            });
        }

        return parts;
    }

    private ScriptObject RoadmapModel()
    {
        var sections = new ScriptArray();
        foreach (var section in _roadmap.Sections)
        {
            var summary = SectionModel(section, withItems: false);
            summary.IsReadOnly = true;
            sections.Add(summary);
        }

        var legendEntries = new ScriptArray();
        foreach (var entry in _roadmap.LegendEntries)
        {
            legendEntries.Add(new ScriptObject { ["symbol"] = entry.Symbol, ["meaning"] = entry.Meaning });
        }

        var model = new ScriptObject
        {
            ["title"] = _roadmap.Title,
            ["intro_html"] = Content(_roadmap.IntroHtml),
            ["legend_html"] = Content(_roadmap.LegendHtml),
            ["legend_entries"] = legendEntries,
            ["item_count"] = _itemCount,
            ["trackable_count"] = _trackableCount,
            ["author_ticked_count"] = _authorTickedCount,
            ["total_minutes"] = _roadmap.TotalMinutes,
            ["total_label"] = Duration(_roadmap.TotalMinutes),
            ["section_count"] = _roadmap.Sections.Length,
            ["sections"] = sections,
            ["parts"] = PartsModel(sections),
            ["index_url"] = _urls.BasePath,
            ["tree_url"] = _urls.Tree,
            ["search_url"] = _urls.Search,
        };
        model.IsReadOnly = true;
        return model;
    }

    private ScriptObject SectionLink(RoadmapSection section) => new()
    {
        ["id"] = section.Id,
        ["title"] = section.Title,
        ["url"] = _urls.Section(section.Id),
    };

    private ScriptObject SectionModel(RoadmapSection section, bool withItems)
    {
        var url = _urls.Section(section.Id);
        var model = new LazyModel();
        SectionLink(section).CopyTo(model);
        var counts = _sectionCounts[section];
        model["number"] = counts.Number;
        model["title_html"] = new SanitizedHtml(section.TitleHtml);
        model["item_count"] = counts.Items;
        model["trackable_count"] = counts.Trackable;
        model["total_minutes"] = section.TotalMinutes;
        model["total_label"] = Duration(section.TotalMinutes);
        model["topics_label"] = _strings.Get("count.topics", counts.Trackable);

        // A section without topics (a prose chapter, a contributor list) has nothing to tick:
        // its pages show no meter, no checklist and no tree controls.
        model["is_prose"] = counts.Items == 0;
        if (withItems)
        {
            model["intro_html"] = Content(section.IntroHtml);
            model["graph_svg"] = SanitizedHtml.Empty;
            // The items are made only for a theme that reads them; the default theme writes checklist_html.
            model["items"] = new Lazy<object?>(() => Items(section.Items, url));
            model["checklist_html"] = Checklist(section);
            model["prev"] = null;
            model["next"] = null;
        }

        return model;
    }

    private RenderedOnce NewChecklist(RoadmapSection section)
    {
        var url = _urls.Section(section.Id);
        return new RenderedOnce(templates => _sectionCounts[section].Items == 0
            ? SanitizedHtml.Empty
            : SanitizedHtml.FromUtf8(templates.RenderPartialUtf8("partials/tree", Items(section.Items, url), ChecklistGlobals())));
    }

    /// <summary>What a checklist's templates see besides <c>$1</c>: what every page shares, nothing of one page.</summary>
    private ScriptObject ChecklistGlobals() => new()
    {
        ["site"] = SiteModel(),
        ["roadmap"] = _roadmapModel.Value,
        ["assets"] = AssetsModel(),
        ["t"] = _translate,
        ["t_around"] = _translateAround,
    };

    private RenderedOnce Checklist(RoadmapSection section)
    {
        lock (_checklists)
        {
            if (!_checklists.TryGetValue(section, out var shared))
            {
                // Asked for a third time (a model made again): rendered again.
                return NewChecklist(section);
            }

            if (shared.Pages == 1)
            {
                _checklists.Remove(section);
            }
            else
            {
                _checklists[section] = (shared.Html, shared.Pages - 1);
            }

            return shared.Html;
        }
    }

    private ScriptArray Items(IEnumerable<RoadmapItem> items, string sectionUrl)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(ItemModel(item, sectionUrl));
        }

        return array;
    }

    private ScriptObject ItemModel(RoadmapItem item, string sectionUrl)
    {
        var links = new ScriptArray();
        foreach (var link in item.Links)
        {
            links.Add(new ScriptObject { ["text"] = link.Text, ["url"] = link.Url });
        }

        var notes = new ScriptArray();
        foreach (var note in item.NotesHtml)
        {
            notes.Add(Content(note));
        }

        var blocks = new ScriptArray();
        foreach (var block in item.BlocksHtml)
        {
            blocks.Add(Content(block));
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
            ["title_html"] = new SanitizedHtml(item.TitleHtml),
            ["description_html"] = new SanitizedHtml(item.DescriptionHtml),
            ["difficulty"] = item.Difficulty == Difficulty.None ? "" : item.Difficulty.ToString().ToLowerInvariant(),
            ["difficulty_label"] = item.Difficulty == Difficulty.None ? "" : _strings.Get("difficulty." + item.Difficulty.ToString().ToLowerInvariant()),
            ["importance"] = item.Importance,
            ["importance_label"] = item.Importance is { } stars ? _strings.Get("difficulty.importance", stars) : "",
            ["importance_stars"] = item.Importance is { } count ? Stars(count) : "",
            ["trackable"] = item.Trackable,
            ["checked"] = item.Checked,
            ["estimate_minutes"] = item.TotalMinutes,
            ["estimate_label"] = Duration(item.TotalMinutes),
            ["author_in_progress"] = item.AuthorInProgress,
            ["notes_html"] = notes,
            ["blocks_html"] = blocks,
            ["links"] = links,
            ["children"] = Items(item.Children, sectionUrl),
            ["url"] = $"{sectionUrl}#{item.Id}",
        };
    }

    /// <summary>
    /// Sanitised content HTML with the titles of its GitHub alerts (<c>&gt; [!NOTE]</c>: "Note", "Tip"…, written by Markdig in
    /// English) in the interface language.
    /// </summary>
    private SanitizedHtml Content(string html)
    {
        if (!html.Contains("markdown-alert-title", StringComparison.Ordinal))
        {
            return new SanitizedHtml(html);
        }

        foreach (var kind in (ReadOnlySpan<string>)["note", "tip", "important", "warning", "caution"])
        {
            var english = char.ToUpperInvariant(kind[0]) + kind[1..];
            html = html.Replace($"<p class=\"markdown-alert-title\">{english}</p>", $"<p class=\"markdown-alert-title\">{System.Net.WebUtility.HtmlEncode(_strings.Get("alert." + kind))}</p>", StringComparison.Ordinal);
        }

        return new SanitizedHtml(html);
    }

    /// <summary>A time estimate as shown: "45 min", "2 h", "1.5 h" (in the site's language); empty when there is none.</summary>
    private string Duration(int? minutes) => minutes switch
    {
        null => "",
        < 60 => _strings.Get("time.minutes", minutes.Value),
        _ => _strings.Get("time.hours", Math.Round(minutes.Value / 60.0, 1)),
    };

    private static string Stars(int count)
    {
        var filled = Math.Clamp(count, 0, 3);
        return new string('★', filled) + new string('☆', 3 - filled);
    }


}
