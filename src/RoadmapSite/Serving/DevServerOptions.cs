namespace RoadmapSite.Serving;

/// <summary>What <see cref="DevServer"/> builds and where it serves it (the site itself is kept in memory).</summary>
public sealed record DevServerOptions
{
    public required string ContentPath { get; init; }

    /// <summary>Overrides site.yml and ROADMAP_SITE_BASE_URL, as for <c>build</c>; only its path matters locally.</summary>
    public string? BaseUrl { get; init; }

    public int Port { get; init; } = 5000;

    /// <summary>Host names answered besides the loopback ones (<c>--allowed-host</c>); see <see cref="StaticSiteServerOptions.AllowedHosts"/>.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// How long file events must be quiet before a rebuild: an editor's save (write, or write and rename) raises its
    /// events within a few milliseconds, and every millisecond here is one the author waits for the page (the issue 13
    /// target from save to updated page is 150 ms).
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(30);
}
