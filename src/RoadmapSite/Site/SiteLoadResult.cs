using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Model;

namespace RoadmapSite.Site;

/// <summary>
/// What reading a content folder and resolving its site gave: the site to build, or why there is none. Both the
/// <c>build</c> command and <c>serve</c>'s rebuilds start here, so they judge the same input the same way.
/// </summary>
public sealed record SiteLoadResult(ResolvedSite? Site, ImmutableArray<Diagnostic> Diagnostics, string? ReadError)
{
    /// <summary>Reads the content folder (or file) and its site.yml, then resolves settings and theme.</summary>
    public static SiteLoadResult From(string contentPath, string? baseUrl, int? serveBuildNumber = null)
    {
        try
        {
            var content = ContentFolder.Load(contentPath);
            return content.HasErrors
                ? new SiteLoadResult(null, content.Diagnostics, null)
                : new SiteLoadResult(ResolvedSite.Create(content, baseUrl, serveBuildNumber), content.Diagnostics, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new SiteLoadResult(null, [], exception.Message);
        }
    }

    /// <summary>Every problem as a line: diagnostics compiler-style, a read error as it came.</summary>
    public IEnumerable<string> Messages() =>
        Diagnostics.Select(diagnostic => diagnostic.ToString()).Concat(ReadError is null ? [] : [ReadError]);
}
