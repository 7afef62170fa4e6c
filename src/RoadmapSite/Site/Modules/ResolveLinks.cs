using AngleSharp.Html.Parser;
using RoadmapSite.Site.Links;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Makes the author's links work on the site. The Markdown links to its own headings (<c>#docker</c>) and
/// files (<c>./2_Intermediate.md</c>) as GitHub shows them; here those become links to the section page or item.
/// Other relative links point into the repository when its URL is known; a link that cannot work anywhere is
/// turned into plain text with a warning rather than published broken. External links get
/// <c>rel="noopener noreferrer"</c>.
/// </summary>
internal sealed class ResolveLinks(SiteUrls urls, string repositoryUrl) : ForEachDocument
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);
    private LinkTargets? targets;

    /// <summary>Reading a page's links takes time in proportion to its size.</summary>
    protected override long Cost(Document input) => input.Content.Length;

    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        if (input.Destination?.EndsWith(".html", StringComparison.Ordinal) != true)
        {
            return ValueTask.FromResult<IEnumerable<Document>>([input]);
        }

        var linkTargets = LazyInitializer.EnsureInitialized(ref targets, () => new LinkTargets(context.Roadmap(), urls, context.OutputsOf(SitePipelines.StaticFiles)));
        if (TextualPage.TryResolve(input.Content, linkTargets.Resolve, repositoryUrl) is { } resolved)
        {
            var output = resolved.Utf8 is { } utf8 ? input.WithContent(utf8) : input;
            return ValueTask.FromResult<IEnumerable<Document>>([output.WithMetadata(MetadataKeys.PageAnchors, resolved.Anchors)]);
        }

        var page = new HtmlParser().ParseDocument(input.ContentAsString());
        var ids = PageAnchors.Targets(page);
        foreach (var link in page.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (LinkUrl.IsExternal(href))
            {
                link.SetAttribute("rel", "noopener noreferrer");
                continue;
            }

            if (href.StartsWith('/') || (href.StartsWith('#') && ids.Contains(Uri.UnescapeDataString(href[1..]))))
            {
                continue;
            }

            if (linkTargets.Resolve(href) is { } target)
            {
                link.SetAttribute("href", target);
            }
            else if (repositoryUrl.Length > 0 && !href.StartsWith('#'))
            {
                link.SetAttribute("href", repositoryUrl.TrimEnd('/') + "/blob/HEAD/" + href.TrimStart('.', '/'));
                link.SetAttribute("rel", "noopener noreferrer");
            }
            else
            {
                WarnOnce(context, href, "link", "it is shown as plain text (set repository_url in site.yml to link into the repository)");
                link.Replace(page.CreateTextNode(link.TextContent));
            }
        }

        // Only the author's content has relative image sources; the theme's are absolute paths.
        foreach (var image in page.QuerySelectorAll("img[src]").ToList())
        {
            var src = image.GetAttribute("src")!;
            if (src.StartsWith('/') || LinkUrl.IsExternal(src))
            {
                continue;
            }

            if (linkTargets.Resolve(src) is { } imageTarget)
            {
                image.SetAttribute("src", imageTarget);
            }
            else
            {
                WarnOnce(context, src, "image", "its alt text is shown instead (put the file in the content folder to publish it)");
                image.Replace(page.CreateTextNode(image.GetAttribute("alt") ?? ""));
            }
        }

        var html = "<!DOCTYPE html>\n" + page.DocumentElement.OuterHtml + "\n";
        return ValueTask.FromResult<IEnumerable<Document>>([input.WithContent(html).WithMetadata(MetadataKeys.PageAnchors, PageAnchors.Of(page))]);
    }

    /// <summary>The same content appears on its section page and on the tree page: one warning is enough.</summary>
    private void WarnOnce(PipelineContext context, string target, string what, string consequence)
    {
        if (reported.TryAdd(what + " " + target, true))
        {
            var location = context.FindInSources(target);
            // "#no-such-h%C3%A9ading" is named as the reader wrote it too: "#no-such-héading".
            var decoded = Uri.UnescapeDataString(target);
            var named = decoded == target ? $"'{target}'" : $"'{target}' ('{decoded}')";
            context.ReportWarning($"{what} {named} points to nothing on the site; {consequence}", location?.File, location?.Line, location?.Column);
        }
    }

    /// <summary>Where the Markdown's own anchors and file names lead on the site.</summary>
    private sealed class LinkTargets
    {
        private readonly Dictionary<string, string> anchors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> staticPaths = new(StringComparer.Ordinal);

        public LinkTargets(Roadmap roadmap, SiteUrls urls, IEnumerable<Document> staticFiles)
        {
            foreach (var file in staticFiles)
            {
                staticPaths[file.Destination!] = urls.File(file.Destination!);
            }

            foreach (var anchor in roadmap.HomeAnchors)
            {
                anchors[anchor] = urls.Home;
            }

            foreach (var section in roadmap.Sections)
            {
                foreach (var item in section.AllItems())
                {
                    anchors.TryAdd(item.Id, urls.Item(section.Id, item.Id));
                    foreach (var alias in item.Aliases)
                    {
                        anchors.TryAdd(alias, urls.Item(section.Id, item.Id));
                    }

                    if (item.Kind == ItemKind.Group)
                    {
                        anchors.TryAdd(item.GitHubAnchor.Length > 0 ? item.GitHubAnchor : Slug.GitHubAnchor(item.Title), urls.Item(section.Id, item.Id));
                    }
                }
            }

            // Section headings win over items of the same name: a heading link in the Markdown means the heading.
            foreach (var section in roadmap.Sections)
            {
                anchors[section.GitHubAnchor] = urls.Section(section.Id);
                anchors.TryAdd(section.Id, urls.Section(section.Id));
            }

            for (var part = 0; part < roadmap.Parts.Length; part++)
            {
                var first = roadmap.Sections.FirstOrDefault(section => section.Part == part);
                files[Path.GetFileName(roadmap.Parts[part].File)] = part == 0 || first is null ? urls.Home : urls.Section(first.Id);
            }
        }

        public string? Resolve(string href)
        {
            var hash = href.IndexOf('#');
            var path = hash < 0 ? href : href[..hash];
            var fragment = hash < 0 ? "" : Uri.UnescapeDataString(href[(hash + 1)..]);
            if (path.Length > 0 && staticPaths.TryGetValue(Uri.UnescapeDataString(path.Split('?')[0]).TrimStart('.', '/'), out var published))
            {
                return published;
            }

            if (path.Length > 0)
            {
                var name = Path.GetFileName(Uri.UnescapeDataString(path.Split('?')[0]));
                if (!files.TryGetValue(name, out var file))
                {
                    return null;
                }

                return fragment.Length > 0 && anchors.TryGetValue(fragment, out var inFile) ? inFile : file;
            }

            return anchors.GetValueOrDefault(fragment);
        }
    }
}
