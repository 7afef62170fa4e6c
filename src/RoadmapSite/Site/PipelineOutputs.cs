using RoadmapSite.Model;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site;

/// <summary>Reads what the site's pipelines publish for each other.</summary>
internal static class PipelineOutputs
{
    public static Roadmap Roadmap(this PipelineContext context) =>
        context.OutputsOf(SitePipelines.Roadmap).Single().Get(MetadataKeys.Roadmap);

    public static Localization.StringTable Strings(this PipelineContext context) =>
        context.OutputsOf(SitePipelines.Strings).Single().Get(MetadataKeys.Strings);

    /// <summary>
    /// Where a link target or piece of text first occurs in the content files, for a diagnostic about it; null if
    /// nowhere. A target read back from a page may be written differently in the Markdown (<c>my%20notes.md</c> as
    /// <c>&lt;my notes.md&gt;</c>, <c>&amp;</c> in raw HTML as <c>&amp;amp;</c>), so those spellings are tried too.
    /// </summary>
    public static SourceLocation? FindInSources(this PipelineContext context, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        string[] spellings = [text, Uri.UnescapeDataString(text), System.Net.WebUtility.HtmlEncode(text)];
        return spellings.Distinct(StringComparer.Ordinal).Select(spelling => FindExactly(context, spelling)).FirstOrDefault(location => location is not null);
    }

    private static SourceLocation? FindExactly(PipelineContext context, string text)
    {
        var sources = context.OutputsOf(SitePipelines.Roadmap).Single().Get(MetadataKeys.Sources);
        foreach (var source in sources)
        {
            var index = source.Text.IndexOf(text, StringComparison.Ordinal);
            if (index >= 0)
            {
                var before = source.Text.AsSpan(0, index);
                var line = before.Count('\n') + 1;
                var column = index - (before.LastIndexOf('\n') + 1) + 1;
                return new SourceLocation(source.File, line, column);
            }
        }

        return null;
    }

    /// <summary>The published (fingerprinted) URL of a theme asset, by its path in the theme's assets folder.</summary>
    public static string AssetUrl(this PipelineContext context, SiteUrls urls, string assetPath) =>
        AssetUrls(context, urls)(assetPath);

    public static Func<string, string> AssetUrls(this PipelineContext context, SiteUrls urls)
    {
        var published = context.OutputsOf(SitePipelines.Assets)
            .ToDictionary(asset => asset.Get(MetadataKeys.AssetPath), asset => urls.File(asset.Destination!), StringComparer.Ordinal);
        return path => published.TryGetValue(path, out var url)
            ? url
            : throw new InvalidOperationException($"The theme has no asset 'assets/{path}'.");
    }
}
