using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoadmapSite.Rendering;

namespace RoadmapSite.Serving;

/// <summary>
/// Serves a built site (<see cref="SiteFiles"/>: a folder, or serve's site in memory) on 127.0.0.1 under its base
/// path, the way a static host (GitHub Pages, Netlify) would: directory URLs answer with their index.html, anything
/// else missing with the site's 404.html and status 404. Only requests for a loopback host name (or one allowed in
/// the options) are answered: see <see cref="HostFilter"/>.
/// </summary>
public sealed partial class StaticSiteServer : IAsyncDisposable
{
    /// <summary>What a fingerprinted asset is answered with: its URL changes whenever its bytes do (<c>FingerprintAssets</c>).</summary>
    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    private const string NotFoundPage = "404.html";
    private const string IndexPage = "index.html";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private readonly StaticSiteServerOptions options;
    private readonly SiteFiles files;
    private WebApplication? app;
    private Uri? rootUrl;

    public StaticSiteServer(StaticSiteServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);
        this.options = options;
        files = options.Files;
        BasePath = new SiteUrls(options.BasePath).BasePath;
    }

    /// <summary>The normalized base path, starting and ending with '/'.</summary>
    public string BasePath { get; }

    /// <summary>The bound server's root, e.g. http://127.0.0.1:51234/ (available once started).</summary>
    public Uri RootUrl => rootUrl ?? throw new InvalidOperationException("The server has not been started.");

    /// <summary>The site's home page: <see cref="RootUrl"/> plus <see cref="BasePath"/>.</summary>
    public Uri SiteUrl => new(RootUrl, BasePath);

    public async Task StartAsync(CancellationToken cancellation = default)
    {
        if (app is not null)
        {
            throw new InvalidOperationException("The server has already been started.");
        }

        // ContentRootPath is fixed to the program's folder: the served folder may be renamed away under us.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // The caller owns Ctrl+C and the process lifetime; the default console lifetime would swallow Ctrl+C.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        var built = builder.Build();
        built.Use(new HostFilter(options.AllowedHosts).InvokeAsync);
        foreach (var middleware in options.Middleware)
        {
            built.Use(middleware);
        }

        built.Run(ServeAsync);
        await built.StartAsync(cancellation).ConfigureAwait(false);
        app = built;
        rootUrl = new Uri(built.Urls.First().TrimEnd('/') + "/");
    }

    public async Task StopAsync(CancellationToken cancellation = default)
    {
        if (app is { } running)
        {
            app = null;
            await running.StopAsync(cancellation).ConfigureAwait(false);
            await running.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value ?? "/";
        if (BasePath != "/" && (path == "/" || path + "/" == BasePath))
        {
            response.Redirect(BasePath + request.QueryString);
            return;
        }

        var relative = path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : null;
        if (relative is null || !IsPlain(relative))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        var file = relative;
        if (files.IsFolder(relative))
        {
            // A directory URL without its slash would resolve the page's relative links one level too high.
            if (!path.EndsWith('/'))
            {
                response.Redirect(request.PathBase + path + "/" + request.QueryString);
                return;
            }

            file = relative + IndexPage;
        }

        if (!await TrySendFileAsync(context, file, StatusCodes.Status200OK, IsFingerprinted(relative)).ConfigureAwait(false))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>Whether a site-relative path can name a file of the site: no traversal, drive or odd characters.</summary>
    private static bool IsPlain(string relative) =>
        !relative.Contains('\\') && !relative.Contains(':') && !relative.Contains('\0') && !relative.Split('/').Any(segment => segment is "." or "..");

    private async Task SendNotFoundAsync(HttpContext context)
    {
        if (!await TrySendFileAsync(context, NotFoundPage, StatusCodes.Status404NotFound, fingerprinted: false).ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("404: not found (and the site has no 404.html)", context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A theme asset whose name carries its content hash (<c>assets/js/app.3f2a9c1b7d.js</c>): a reload after a rebuild
    /// then fetches only the pages, and the browser keeps the scripts and styles it has (and their compiled code).
    /// </summary>
    internal static bool IsFingerprinted(string relative) =>
        relative.StartsWith("assets/", StringComparison.Ordinal) && FingerprintedName().IsMatch(relative);

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z0-9]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FingerprintedName();

    private async Task<bool> TrySendFileAsync(HttpContext context, string path, int status, bool fingerprinted)
    {
        if (files.Find(path) is not { } file)
        {
            return false;
        }

        var response = context.Response;
        var contentType = ContentTypeOf(path);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = file.Length;
        if (contentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            // Pages change with every build while their URLs stay: always revalidate. Assets are fingerprinted.
            response.Headers.CacheControl = "no-cache";
        }
        else if (fingerprinted && status == StatusCodes.Status200OK)
        {
            response.Headers.CacheControl = ImmutableCaching;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return true;
        }

        try
        {
            await file.SendAsync(response, context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException && !response.HasStarted)
        {
            // The build swapped the folder between the lookup and the read: answer as if it was never there.
            response.Headers.CacheControl = default;
            response.ContentLength = null;
            return false;
        }
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        var textual = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type == "image/svg+xml";
        return textual ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        // Pinned rather than inherited, so the served types match what the site's CSP and manifest link expect.
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".svg"] = "image/svg+xml";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".txt"] = "text/plain";
        return provider;
    }

    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
