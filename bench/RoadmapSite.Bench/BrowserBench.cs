using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;

namespace RoadmapSite.Bench;

/// <summary>Bytes of one kind of resource a page loaded: raw as served, and gzip-compressed (level 6, what hosts use).</summary>
public sealed record ByteCount(string Kind, int Files, long Raw, long Gzip);

/// <summary>One page of the built site loaded cold (fresh browser context, empty cache).</summary>
public sealed record PageLoad(string Name, string Path, IReadOnlyList<ByteCount> Bytes, int Requests, int OtherHostRequests, IReadOnlyList<string> OtherHosts, Stats Fcp, Stats Lcp);

/// <summary>Toggling checkboxes on a section page with <see cref="Items"/> items.</summary>
public sealed record ToggleResult(int Items, int Toggles, Stats Work, Stats ToNextFrame, bool ProgressWired, long PageHtmlBytes);

/// <summary>
/// The index page of a big roadmap: <see cref="Interactive"/> is from navigation start until a click on a topic's node
/// (tried every 10 ms from the first moment the map's script has given its nodes a roving tabindex) has opened the topic's
/// panel; <see cref="BusyUntil"/> is the end of the last long task (over 50 ms) in the first 5 s, i.e. the start of a
/// long-task-free window. <see cref="Frames"/> are requestAnimationFrame intervals while the page scrolls through the whole
/// map in <see cref="ScrollFrames"/> equal steps of <see cref="ScrollStep"/> px (frames not held to 60 Hz).
/// </summary>
public sealed record BigMapResult(int Items, int MapNodes, long PageHtmlBytes, Stats Interactive, Stats BusyUntil, Stats Frames, double FrameP95, int ScrollFrames, double ScrollStep, double MapHeight, Stats WheelFrames, double WheelP95);

/// <summary>Headless Chromium through Playwright against a site served on 127.0.0.1.</summary>
public static class BrowserBench
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    // For the toggle only: frames are not held to the display's 60 Hz, so "until the next frame" measures our work
    // rather than up to 16.7 ms of waiting for vsync.
    private static readonly string[] UncappedFrames = ["--disable-frame-rate-limit", "--disable-gpu-vsync"];

    public static string? FindChromium()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, string chromium, bool uncappedFrames = false) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = uncappedFrames ? [.. ChromiumArgs, .. UncappedFrames] : ChromiumArgs,
        });

    public static async Task<PageLoad> LoadAsync(IBrowser browser, string baseUrl, string name, string path, int paintRuns)
    {
        var fcps = new List<double>();
        var lcps = new List<double>();
        PageLoad? first = null;
        for (var run = 0; run < Math.Max(1, paintRuns); run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            page.Response += (_, response) => responses.Add(response);
            await page.GotoAsync(baseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var paint = await page.EvaluateAsync<JsonElement>(PaintScript);
            fcps.Add(paint.GetProperty("fcp").GetDouble());
            lcps.Add(paint.GetProperty("lcp").GetDouble());
            if (first is null)
            {
                var host = new Uri(baseUrl).Authority;
                var others = requests.Where(url => url.StartsWith("http", StringComparison.Ordinal) && new Uri(url).Authority != host).Distinct().ToList();
                var sized = new List<(string Kind, long Raw, long Gzip)>();
                foreach (var response in responses.Where(r => r.Url.StartsWith(baseUrl, StringComparison.Ordinal) && r.Status == 200))
                {
                    var body = await response.BodyAsync();
                    sized.Add((KindOf(response), body.LongLength, GzipLength(body)));
                }

                var bytes = sized.GroupBy(s => s.Kind).OrderBy(g => KindOrder(g.Key))
                    .Select(g => new ByteCount(g.Key, g.Count(), g.Sum(s => s.Raw), g.Sum(s => s.Gzip))).ToList();
                first = new PageLoad(name, path, bytes, requests.Count, others.Count, others, Stats.Of([]), Stats.Of([]));
            }
        }

        return first! with { Fcp = Stats.Of(fcps), Lcp = Stats.Of(lcps) };
    }

    public static async Task<ToggleResult> ToggleAsync(IBrowser browser, string baseUrl, string path, int items, int toggles, long htmlBytes)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 120_000 });
        var result = await page.EvaluateAsync<JsonElement>(ToggleScript, toggles);
        var work = result.GetProperty("work").EnumerateArray().Select(e => e.GetDouble()).ToList();
        var frame = result.GetProperty("frame").EnumerateArray().Select(e => e.GetDouble()).ToList();
        return new ToggleResult(result.GetProperty("boxes").GetInt32(), work.Count, Stats.Of(work), Stats.Of(frame), result.GetProperty("stored").GetBoolean(), htmlBytes);
    }

    /// <summary>Builds the generated roadmap of <paramref name="items"/> topics and measures its index page (<see cref="BigMapResult"/>).</summary>
    public static async Task<BigMapResult> MeasureBigMapAsync(Workspace workspace, IPlaywright playwright, string chromium, int items, int runs)
    {
        var output = workspace.SiteFor($"map{items}");
        workspace.BuildSite(workspace.GeneratedContent(items), output);
        await using var server = await StaticServer.StartAsync(output);
        await using var browser = await LaunchAsync(playwright, chromium, uncappedFrames: true);
        return await BigMapAsync(browser, server.BaseUrl, items, new FileInfo(Path.Combine(output, "index.html")).Length, runs);
    }

    public static async Task<BigMapResult> BigMapAsync(IBrowser browser, string baseUrl, int items, long htmlBytes, int runs)
    {
        var interactive = new List<double>();
        var busy = new List<double>();
        var frames = new List<double>();
        var wheel = new List<double>();
        var (nodes, scrollFrames, step, height) = (0, 0, 0.0, 0.0);
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
            await context.AddInitScriptAsync(InteractiveProbe);
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/", new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            var probe = await page.EvaluateAsync<JsonElement>("() => window.__rsInteractive");
            if (probe.TryGetProperty("stuck", out var stuck))
            {
                // Said, not waited on forever: the run goes on to the scroll, and this load has no time to interactive.
                Console.Error.WriteLine($"Big map: no topic panel within {ProbeDeadlineSeconds} s of the load ({stuck.GetString()}); this load's time to interactive is left out.");
            }
            else
            {
                interactive.Add(probe.GetProperty("interactive").GetDouble());
                busy.Add(probe.GetProperty("busyUntil").GetDouble());
                nodes = probe.GetProperty("nodes").GetInt32();
            }
            await page.Keyboard.PressAsync("Escape");
            var scroll = await page.EvaluateAsync<JsonElement>(ScrollScript, 0);
            wheel.AddRange((await page.EvaluateAsync<JsonElement>(ScrollScript, WheelStep)).GetProperty("frames").EnumerateArray().Select(e => e.GetDouble()));
            frames.AddRange(scroll.GetProperty("frames").EnumerateArray().Select(e => e.GetDouble()));
            (scrollFrames, step, height) = (scroll.GetProperty("frames").GetArrayLength(), scroll.GetProperty("step").GetDouble(), scroll.GetProperty("height").GetDouble());
        }

        return new BigMapResult(items, nodes, htmlBytes, Stats.Of(interactive), Stats.Of(busy), Stats.Of(frames), P95(frames), scrollFrames, step, height, Stats.Of(wheel), P95(wheel));
    }

    private static double P95(List<double> frames)
    {
        var sorted = frames.Order().ToList();
        return sorted.Count == 0 ? -1 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.95 * sorted.Count) - 1)];
    }

    /// <summary>The second scroll's step: 100 px a frame, 6,000 px a second at 60 Hz, a fast turn of a mouse wheel.</summary>
    private const int WheelStep = 100;

    /// <summary>How long the probe tries before it gives up and says what it saw: a run never hangs on a page that broke.</summary>
    private const int ProbeDeadlineSeconds = 60;

    /// <summary>
    /// Runs before the page's own scripts: records long tasks, and from the first moment the map's nodes have a tabindex
    /// (graph.js has initialised) clicks the first topic node every 10 ms until its panel is open; after
    /// <see cref="ProbeDeadlineSeconds"/> it resolves with what it saw instead (<c>stuck</c>).
    /// </summary>
    private static readonly string InteractiveProbe = """
        (() => {
          const longTasks = [];
          const errors = [];
          window.addEventListener('error', (event) => errors.push(String(event.message)));
          window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
          try { new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.startTime + e.duration); }).observe({ type: 'longtask' }); } catch {}
          let resolve;
          window.__rsInteractive = new Promise((r) => { resolve = r; });
          const attempt = () => {
            const node = document.querySelector('svg.roadmap-graph a.graph-node[data-item-id][tabindex]');
            if (node) {
              node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
              const panel = document.querySelector('dialog.topic-panel[open]');
              if (panel && panel.querySelector('.topic-panel__title')?.textContent) {
                const interactive = performance.now();
                const nodes = document.querySelectorAll('svg.roadmap-graph .graph-node').length;
                // Wait out the first 5 s (or 1 s past the click) to see the last long task.
                setTimeout(() => resolve({ interactive, busyUntil: Math.max(0, ...longTasks.filter((t) => t < 5000)), nodes }), Math.max(1000, 5000 - interactive));
                return;
              }
            }
            if (performance.now() > DEADLINE_MS) {
              const dialog = document.querySelector('dialog.topic-panel');
              resolve({ stuck: `at ${location.href}: topic node ${node ? 'found' : 'not found'}, panel ${dialog ? (dialog.open ? 'open, title "' + (dialog.querySelector('.topic-panel__title')?.textContent || '') + '"' : 'closed') : 'absent'}, ${errors.length} page errors${errors.length ? ': ' + errors.slice(0, 3).join(' | ') : ''}` });
              return;
            }
            setTimeout(attempt, 10);
          };
          setTimeout(attempt, 0);
        })();
        """.Replace("DEADLINE_MS", (ProbeDeadlineSeconds * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// Scrolls from the map's top, one step per animation frame, 600 frames: the whole map in equal steps (a full
    /// screen a frame at 10,000 topics) when <c>fixedStep</c> is 0, else that many pixels a frame; returns the frame intervals.
    /// </summary>
    private const string ScrollScript = """
        async (fixedStep) => {
          // The map's box: one <svg>, or a large map's bands stacked in it.
          const box = document.querySelector('.graph__viewport').getBoundingClientRect();
          const top = box.top + window.scrollY;
          const height = box.height;
          const count = 600;
          const step = fixedStep || Math.max(20, (height - window.innerHeight) / count);
          window.scrollTo(0, top);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const frames = [];
          let last = performance.now();
          for (let i = 0; i < count && window.scrollY + window.innerHeight < top + height; i++) {
            window.scrollBy(0, step);
            // A frame that never comes counts as a 2 s frame rather than hanging the run.
            const now = await new Promise((r) => { requestAnimationFrame(r); setTimeout(() => r(performance.now()), 2000); });
            frames.push(now - last);
            last = now;
          }
          return { frames, step, height };
        }
        """;

    private static string KindOf(IResponse response)
    {
        var type = response.Headers.TryGetValue("content-type", out var value) ? value : "";
        var path = new Uri(response.Url).AbsolutePath;
        return type switch
        {
            _ when type.Contains("html", StringComparison.Ordinal) => "HTML",
            _ when type.Contains("css", StringComparison.Ordinal) => "CSS",
            _ when type.Contains("javascript", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal) => "JS",
            _ when type.Contains("json", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".webmanifest", StringComparison.Ordinal) => "JSON",
            _ when type.Contains("svg", StringComparison.Ordinal) || type.StartsWith("image/", StringComparison.Ordinal) => "Images",
            _ => "Other",
        };
    }

    private static int KindOrder(string kind) => Array.IndexOf(["HTML", "CSS", "JS", "JSON", "Images", "Other"], kind);

    private static long GzipLength(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return buffer.Length;
    }

    /// <summary>First and largest contentful paint from buffered PerformanceObserver entries, in ms since navigation start.</summary>
    private const string PaintScript = """
        () => new Promise(resolve => {
          const result = { fcp: -1, lcp: -1 };
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') result.fcp = entry.startTime;
          }).observe({ type: 'paint', buffered: true });
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) result.lcp = Math.max(result.lcp, entry.startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          requestAnimationFrame(() => setTimeout(() => resolve(result), 100));
        })
        """;

    /// <summary>
    /// Clicks checkboxes spread over the page. "work": the click's handlers plus the style and layout they cause
    /// (forced synchronously). "frame": from the click to the next animation frame, layout included. Each box is
    /// clicked and then clicked back, so every toggle starts from the same state. "stored" tells whether a toggle
    /// changed localStorage, i.e. whether progress tracking is wired.
    /// </summary>
    private const string ToggleScript = """
        async (count) => {
          const boxes = [...document.querySelectorAll('input[type=checkbox][data-item-id], input.item-check')];
          const settle = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
          const nextFrame = () => new Promise(r => requestAnimationFrame(() => { void document.body.offsetHeight; r(); }));
          const before = JSON.stringify(Object.entries(localStorage));
          let stored = false;
          const work = [], frame = [];
          // Warm-up: the first toggles pay for lazy compilation and the first frames after load.
          for (let i = 0; i < 20 && boxes.length > 0; i++) { await settle(); boxes[0].click(); }
          for (let i = 0; i < Math.min(count, boxes.length); i++) {
            const box = boxes[Math.floor((i + 0.5) * boxes.length / count)];
            for (let pass = 0; pass < 2; pass++) {
              await settle();
              let t0 = performance.now();
              box.click();
              void document.body.offsetHeight;
              work.push(performance.now() - t0);
              if (JSON.stringify(Object.entries(localStorage)) !== before) stored = true;
              await settle();
              t0 = performance.now();
              box.click();
              await nextFrame();
              frame.push(performance.now() - t0);
            }
          }
          return { boxes: boxes.length, work, frame, stored };
        }
        """;
}
