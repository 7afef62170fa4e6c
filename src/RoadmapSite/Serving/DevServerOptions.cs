namespace RoadmapSite.Serving;

/// <summary>What <see cref="DevServer"/> builds, where it writes it, and where it serves it.</summary>
public sealed record DevServerOptions
{
    public required string ContentPath { get; init; }

    /// <summary>The folder the site is built into and served from.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Overrides site.yml and ROADMAP_SITE_BASE_URL, as for <c>build</c>; only its path matters locally.</summary>
    public string? BaseUrl { get; init; }

    public int Port { get; init; } = 5000;

    /// <summary>Host names answered besides the loopback ones (<c>--allowed-host</c>); see <see cref="StaticSiteServerOptions.AllowedHosts"/>.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(100);
}
