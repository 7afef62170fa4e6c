using Microsoft.AspNetCore.Http;

namespace RoadmapSite.Serving;

/// <summary>
/// Answers 403 to a request whose <c>Host</c> is not a loopback name or one the user allowed. The server listens on
/// 127.0.0.1 only, but a page on another site can still reach it by DNS rebinding (its own name re-pointed at
/// 127.0.0.1) and read it: the Host header is what gives that away, as Vite and webpack-dev-server check since
/// their advisories.
/// </summary>
internal sealed class HostFilter
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> allowed;

    /// <param name="extraHosts">Further names, with or without a port (the port is ignored, as for the loopback names).</param>
    public HostFilter(IEnumerable<string> extraHosts) =>
        allowed = new HashSet<string>(LoopbackHosts.Concat(extraHosts.Select(host => new HostString(host.Trim()).Host)), StringComparer.OrdinalIgnoreCase);

    public bool Allows(HostString host) => host.HasValue && allowed.Contains(host.Host);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context.Request.Host))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        var host = context.Request.Host.Host;
        await response.WriteAsync(
            $"403: this development server answers only for localhost, 127.0.0.1 and [::1], not for the host '{host}'. "
            + $"To open it under that name, start it with: roadmap-site serve --allowed-host {host}\n",
            context.RequestAborted).ConfigureAwait(false);
    }
}
