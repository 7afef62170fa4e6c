using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using RoadmapSite.Site.Links;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Checks every internal <c>href</c> and <c>src</c> of every page against everything the build writes, anchors
/// included, and fails the build naming the page and the link. Runs after all pages exist (PostProcess).
/// </summary>
internal sealed class ValidateLinks(SiteUrls urls) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var written = context.AllOutputs.Values.SelectMany(documents => documents).Where(document => document.HasDestination).ToList();
        var destinations = written.Select(document => document.Destination!).ToHashSet(StringComparer.Ordinal);
        var pages = written.Where(document => document.Destination!.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var idsByPage = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var linksByPage = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Parallel.ForEach(pages, new ParallelOptions { CancellationToken = context.Cancellation }, page =>
        {
            // Pages whose links were resolved carry their ids and links already; parse only the others.
            var anchors = page.TryGet(MetadataKeys.PageAnchors, out var recorded)
                ? recorded
                : PageAnchors.Of(new HtmlParser().ParseDocument(page.ContentAsString()));
            idsByPage[page.Destination!] = anchors.Ids;
            linksByPage[page.Destination!] = anchors.Links;
        });

        // Reported in page order, so the same broken site always gives the same messages. A link written in the
        // Markdown (raw HTML: the renderer leaves those alone) is reported once, at its line, not once per page showing it.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Broken(string page, string link, string why)
        {
            if (context.FindInSources(link) is { } location)
            {
                if (reported.Add(link))
                {
                    context.ReportError($"link '{link}' is broken: {why} (on {page})", location.File, location.Line, location.Column);
                }
            }
            else
            {
                context.ReportError($"{page}: broken link '{link}': {why}");
            }
        }

        foreach (var page in pages.Select(page => page.Destination!).Order(StringComparer.Ordinal))
        {
            var pageUrl = new Uri("http://site.invalid" + urls.PathOf(page));
            foreach (var link in linksByPage[page].Distinct(StringComparer.Ordinal))
            {
                if (!Uri.TryCreate(pageUrl, link, out var target))
                {
                    Broken(page, link, "it is not a valid URL");
                    continue;
                }

                if (target.Host != pageUrl.Host)
                {
                    continue;
                }

                var file = urls.OutputFileOf(target.AbsolutePath);
                if (file is null || !destinations.Contains(file))
                {
                    Broken(page, link, $"nothing is published at {target.AbsolutePath}");
                    continue;
                }

                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (fragment.Length > 0 && idsByPage.TryGetValue(file, out var ids) && !ids.Contains(fragment))
                {
                    Broken(page, link, $"{file} has no element with id '{fragment}'");
                }
            }
        }

        return Task.FromResult(inputs);
    }
}
