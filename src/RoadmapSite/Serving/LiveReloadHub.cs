using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoadmapSite.Data;

namespace RoadmapSite.Serving;

/// <summary>
/// Tells open pages of <c>roadmap-site serve</c> to reload after a rebuild, or to show the build's errors in an
/// overlay, over server-sent events. A page that connects while the last build failed gets the errors at once.
/// Exists only in serve mode: a published build has neither the endpoint nor the client script.
/// </summary>
public sealed class LiveReloadHub
{
    /// <summary>Where the hub lives under the site's base path; the double underscore keeps it clear of content.</summary>
    public const string Prefix = "__roadmap-site/";
    public const string EventsPath = Prefix + "events";
    public const string ClientScriptPath = Prefix + "live-reload.js";

    private readonly object gate = new();
    private readonly List<HttpResponse> clients = [];
    private string state = "reload";
    private string stateData = "{}";
    private int build;

    /// <summary>The number of pages connected, for tests and the console.</summary>
    public int ConnectedPages
    {
        get
        {
            lock (gate)
            {
                return clients.Count;
            }
        }
    }

    /// <summary>The number the next build carries into its pages (see <see cref="Site.ResolvedSite.ServeBuildNumber"/>).</summary>
    public int NextBuild => Volatile.Read(ref build) + 1;

    /// <summary>A build succeeded: pages reload; a page built earlier that connects later learns it from "hello".</summary>
    public Task ReloadAsync()
    {
        var current = Interlocked.Increment(ref build);
        return BroadcastAsync("reload", $"{{\"build\":{current}}}");
    }

    public Task ShowErrorsAsync(IReadOnlyList<string> errors) =>
        BroadcastAsync("build-error", JsonSerializer.Serialize(new BuildErrors(errors), SiteJsonContext.Default.BuildErrors));

    /// <summary>The server middleware: answers the event stream, passes every other request on.</summary>
    public Func<HttpContext, RequestDelegate, Task> Middleware(string basePath) => async (context, next) =>
    {
        if (context.Request.Path.Value != basePath + EventsPath)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        string initialEvent, initialData;
        lock (gate)
        {
            clients.Add(context.Response);
            (initialEvent, initialData) = (state, stateData);
        }

        try
        {
            // A page that opens while the last build failed must show the errors, not a stale page silently.
            await WriteAsync(context.Response, initialEvent == "build-error" ? initialEvent : "hello", initialEvent == "build-error" ? initialData : $"{{\"build\":{Volatile.Read(ref build)}}}").ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
        finally
        {
            lock (gate)
            {
                clients.Remove(context.Response);
            }
        }
    };

    private async Task BroadcastAsync(string name, string data)
    {
        List<HttpResponse> targets;
        lock (gate)
        {
            (state, stateData) = (name, data);
            targets = [.. clients];
        }

        foreach (var client in targets)
        {
            try
            {
                await WriteAsync(client, name, data).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                // That page went away between the snapshot and the write.
            }
        }
    }

    private static async Task WriteAsync(HttpResponse response, string name, string data)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes($"event: {name}\ndata: {data}\n\n")).ConfigureAwait(false);
        await response.Body.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The data of a <c>build-error</c> event: one line (server-sent events end data at a line break).</summary>
    internal sealed record BuildErrors(IReadOnlyList<string> Errors);
}
