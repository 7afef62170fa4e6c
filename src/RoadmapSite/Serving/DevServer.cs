using System.Diagnostics;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;
using RoadmapSite.Site;

namespace RoadmapSite.Serving;

/// <summary>
/// <c>roadmap-site serve</c>: builds the site, serves it, and on every change of the content, site.yml or theme
/// rebuilds and tells open pages to reload. A failed rebuild keeps the last good site served and shows its
/// errors in the pages instead. The site is kept in memory (as Hugo's server does): serve writes no file.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly DevServerOptions options;
    private readonly LiveReloadHub hub = new();
    private readonly InMemorySiteFiles files = new();
    private readonly SemaphoreSlim building = new(1, 1);
    private StaticSiteServer? server;
    private SiteWatcher? watcher;
    private int pendingChanges;

    public DevServer(DevServerOptions options) => this.options = options;

    /// <summary>Raised after every build, successful or not (the console prints it; tests and the benchmark wait on it).</summary>
    public event Action<BuildResult, IReadOnlyList<string>>? Built;

    /// <summary>Raised after <see cref="Built"/> with where the build's time went (the first build has no <see cref="RebuildTimings.Waited"/>).</summary>
    public event Action<BuildResult, RebuildTimings>? Timed;

    public Uri SiteUrl => server?.SiteUrl ?? throw new InvalidOperationException("The server has not been started.");

    public LiveReloadHub Hub => hub;

    /// <summary>Builds once, then serves and watches. A first build that fails still serves (nothing yet) and watches.</summary>
    /// <exception cref="IOException">The port is in use (the message names a free one).</exception>
    public async Task StartAsync(CancellationToken cancellation = default)
    {
        var (site, problems) = Prepare();
        var basePath = site?.Urls.BasePath ?? "/";

        // Listen first: a port in use should be reported before any time is spent building.
        server = new StaticSiteServer(new StaticSiteServerOptions
        {
            Files = files,
            BasePath = basePath,
            Port = options.Port,
            AllowedHosts = options.AllowedHosts,
            Middleware = [hub.Middleware(basePath)],
        });
        try
        {
            await server.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            throw new IOException($"port {options.Port} on 127.0.0.1 is in use; try --port {FreePort()}", exception);
        }

        await BuildAsync(site, problems, cancellation).ConfigureAwait(false);

        var folders = new List<string> { options.ContentPath };
        if (site is not null)
        {
            folders.Add(site.Theme.DefaultDirectory);
            folders.AddRange(site.Theme.OverrideDirectory is { } overrideTheme ? [overrideTheme] : []);
        }

        watcher = new SiteWatcher(folders.Select(folder => File.Exists(folder) ? Path.GetDirectoryName(Path.GetFullPath(folder))! : folder), options.Debounce);
        watcher.Changed += firstEvent => _ = RebuildAsync(firstEvent);
    }

    public async ValueTask DisposeAsync()
    {
        watcher?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }

        building.Dispose();
    }

    /// <summary>Rebuilds now (the watcher calls this; so can tests). Changes arriving during a build cause one more build.</summary>
    public Task RebuildAsync() => RebuildAsync(Stopwatch.GetTimestamp());

    /// <param name="firstChange">The <see cref="Stopwatch"/> timestamp of the change that asked for it, for <see cref="Timed"/>.</param>
    private async Task RebuildAsync(long firstChange)
    {
        Interlocked.Increment(ref pendingChanges);
        await building.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Interlocked.Exchange(ref pendingChanges, 0) == 0)
            {
                return;
            }

            var waited = Stopwatch.GetElapsedTime(firstChange == 0 ? Stopwatch.GetTimestamp() : firstChange);
            var start = Stopwatch.GetTimestamp();
            var (site, problems) = Prepare();
            await BuildAndNotifyAsync(site, problems, waited, Stopwatch.GetElapsedTime(start), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            building.Release();
        }
    }

    private async Task BuildAsync(ResolvedSite? site, IReadOnlyList<string> problems, CancellationToken cancellation)
    {
        await building.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await BuildAndNotifyAsync(site, problems, TimeSpan.Zero, TimeSpan.Zero, cancellation).ConfigureAwait(false);
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>
    /// Builds, then tells open pages (reload, or the errors) and only then raises <see cref="Built"/>: whoever waits on
    /// it sees the hub already counting the new build. For the first build no page is open yet; it is counted all
    /// the same, so pages know which build they came from.
    /// </summary>
    private async Task BuildAndNotifyAsync(ResolvedSite? site, IReadOnlyList<string> problems, TimeSpan waited, TimeSpan read, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        var result = site is null
            ? new BuildResult { Succeeded = false, OutputDirectory = null }
            : await SiteBuilder.BuildAsync(site, new EngineOptions { OutputDirectory = null }, cancellation).ConfigureAwait(false);
        var built = Stopwatch.GetElapsedTime(start);
        var messages = Messages(result, problems);
        var pages = hub.ConnectedPages;
        start = Stopwatch.GetTimestamp();
        if (result.Succeeded)
        {
            files.Replace(result.Files);
            await hub.ReloadAsync().ConfigureAwait(false);
        }
        else
        {
            await hub.ShowErrorsAsync(messages).ConfigureAwait(false);
        }

        var notified = Stopwatch.GetElapsedTime(start);

        Built?.Invoke(result, messages);
        Timed?.Invoke(result, new RebuildTimings(waited, read, built, notified, pages));
    }

    /// <summary>Reads the content and settings afresh (site.yml may have changed); problems reading them are reported like build errors.</summary>
    private (ResolvedSite? Site, IReadOnlyList<string> Problems) Prepare()
    {
        var load = SiteLoadResult.From(options.ContentPath, options.BaseUrl, serveBuildNumber: hub.NextBuild);
        return (load.Site, load.Site is null ? [.. load.Messages()] : []);
    }

    private static List<string> Messages(BuildResult result, IReadOnlyList<string> problems) =>
        [.. problems, .. result.Errors.Select(error => error.ToString())];

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
