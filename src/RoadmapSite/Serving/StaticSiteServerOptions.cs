using Microsoft.AspNetCore.Http;

namespace RoadmapSite.Serving;

/// <summary>What <see cref="StaticSiteServer"/> serves, where, and what runs before its file serving.</summary>
public sealed record StaticSiteServerOptions
{
    /// <summary>The built site: <see cref="SiteFiles.InFolder"/>, or serve's <see cref="InMemorySiteFiles"/>.</summary>
    public required SiteFiles Files { get; init; }

    /// <summary>The path the site lives under ("/", "/roadmap/", or a full base URL whose path is taken), as in site.yml.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The port on 127.0.0.1; 0 picks any free port (read the bound one from <see cref="StaticSiteServer.RootUrl"/>).</summary>
    public int Port { get; init; }

    /// <summary>
    /// Host names answered besides localhost, 127.0.0.1 and [::1] (e.g. one mapped to 127.0.0.1 in /etc/hosts); a
    /// request for any other Host gets 403, before any middleware runs.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>
    /// Middleware run in order before the static files, the extension point for live reload: such a
    /// middleware answers its own endpoint (e.g. an event stream under "/__livereload") and calls
    /// <c>next</c> for everything else, or wraps <see cref="HttpResponse.Body"/> to rewrite HTML on its way out.
    /// </summary>
    public IReadOnlyList<Func<HttpContext, RequestDelegate, Task>> Middleware { get; init; } = [];
}
