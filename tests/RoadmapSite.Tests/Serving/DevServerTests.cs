using RoadmapSite.Pipelines;
using RoadmapSite.Serving;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Serving;

public sealed class DevServerTests
{
    [Fact]
    public async Task Given_serve_when_content_changes_then_it_rebuilds_and_a_broken_edit_keeps_the_last_good_site_and_reports_errors()
    {
        using var temp = new TempFolder();
        var roadmap = temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] First topic\n");
        var builds = new System.Collections.Concurrent.BlockingCollection<(BuildResult Result, IReadOnlyList<string> Errors)>();
        await using var server = new DevServer(new DevServerOptions { ContentPath = temp.Combine("content"), BaseUrl = "/r/", Port = 0 });
        server.Built += (result, errors) => builds.Add((result, errors));
        await server.StartAsync();
        Assert.True(builds.Take().Result.Succeeded);
        using var http = new HttpClient { BaseAddress = server.SiteUrl };

        var page = await http.GetStringAsync("sections/basics/");
        Assert.Contains("First topic", page);
        Assert.Contains("/r/__roadmap-site/live-reload.js", page);

        File.WriteAllText(roadmap, "# Roadmap\n\n## Basics\n\n- [ ] Second topic\n");
        Assert.True(Next(builds).Result.Succeeded);
        Assert.Contains("Second topic", await http.GetStringAsync("sections/basics/"));

        File.WriteAllText(roadmap, "# Roadmap\n\n## Basics\n\n- [ ] One {#same}\n- [ ] Two {#same}\n");
        var broken = Next(builds);
        Assert.False(broken.Result.Succeeded);
        Assert.Contains(broken.Errors, error => error.Contains("roadmap.md:6:3: error:", StringComparison.Ordinal));
        Assert.Contains("Second topic", await http.GetStringAsync("sections/basics/"));

        File.WriteAllText(roadmap, "# Roadmap\n\n## Basics\n\n- [ ] Third topic\n");
        Assert.True(Next(builds).Result.Succeeded);
        Assert.Contains("Third topic", await http.GetStringAsync("sections/basics/"));
    }

    [Fact]
    public async Task Given_serve_when_it_rebuilds_then_the_site_is_served_from_memory_and_nothing_is_written_beside_the_content()
    {
        using var temp = new TempFolder();
        var roadmap = temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        var timed = new System.Collections.Concurrent.BlockingCollection<RebuildTimings>();
        await using var server = new DevServer(new DevServerOptions { ContentPath = temp.Combine("content"), Port = 0 });
        server.Timed += (_, timings) => timed.Add(timings);
        await server.StartAsync();
        Assert.True(timed.TryTake(out _, TimeSpan.FromSeconds(30)));
        using var http = new HttpClient { BaseAddress = server.SiteUrl };
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(roadmap, $"# Roadmap\n\n## Basics\n\n- [ ] Topic {i}\n");
            Assert.True(timed.TryTake(out var rebuilt, TimeSpan.FromSeconds(30)));
            Assert.True(rebuilt.Build > TimeSpan.Zero);
        }

        Assert.Contains("Topic 2", await http.GetStringAsync("sections/basics/"));
        var withoutSlash = await http.GetAsync("sections/basics");
        Assert.Equal(new Uri(server.SiteUrl, "sections/basics/"), withoutSlash.RequestMessage?.RequestUri);
        var missing = await http.GetAsync("sections/nowhere/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/css; charset=utf-8", (await http.GetAsync("assets/css/" + Path.GetFileName(FirstStylesheet(await http.GetStringAsync(""))))).Content.Headers.ContentType?.ToString());
        Assert.Equal(["content"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal(["roadmap.md"], Directory.GetFileSystemEntries(temp.Combine("content")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Given_a_page_connected_to_the_event_stream_when_a_rebuild_fails_then_it_receives_the_errors_and_after_a_fix_a_reload()
    {
        using var temp = new TempFolder();
        var roadmap = temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        await using var server = new DevServer(new DevServerOptions { ContentPath = temp.Combine("content"), Port = 0 });
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = server.SiteUrl, Timeout = TimeSpan.FromSeconds(30) };
        using var stream = new StreamReader(await http.GetStreamAsync(LiveReloadHub.EventsPath));
        Assert.Equal("event: hello", await stream.ReadLineAsync());

        File.WriteAllText(roadmap, "# Roadmap\n\n## Basics\n\n- [ ]\n");
        Assert.Equal("event: build-error", await NextEvent(stream));
        Assert.Contains("item has no title", await stream.ReadLineAsync());

        File.WriteAllText(roadmap, "# Roadmap\n\n## Basics\n\n- [ ] Topic again\n");
        Assert.Equal("event: reload", await NextEvent(stream));
    }

    [Fact]
    public async Task Given_a_page_from_an_older_build_when_it_connects_after_a_rebuild_then_hello_tells_it_to_reload()
    {
        using var temp = new TempFolder();
        var roadmap = temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        var builds = new System.Collections.Concurrent.BlockingCollection<BuildResult>();
        await using var server = new DevServer(new DevServerOptions { ContentPath = temp.Combine("content"), Port = 0 });
        server.Built += (result, _) => builds.Add(result);
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = server.SiteUrl, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Contains("live-reload.js?build=1", await http.GetStringAsync("sections/basics/"));
        Assert.True(builds.TryTake(out _, TimeSpan.FromSeconds(30)));

        File.WriteAllText(roadmap, "# Roadmap\n\n## Basics\n\n- [ ] Topic, edited\n");
        Assert.True(builds.TryTake(out var rebuilt, TimeSpan.FromSeconds(30)) && rebuilt.Succeeded);
        using var stream = new StreamReader(await http.GetStreamAsync(LiveReloadHub.EventsPath));

        Assert.Equal("event: hello", await stream.ReadLineAsync());
        Assert.Equal("data: {\"build\":2}", await stream.ReadLineAsync());
        Assert.Contains("live-reload.js?build=2", await http.GetStringAsync("sections/basics/"));
    }

    [Fact]
    public async Task Given_a_port_in_use_when_serve_starts_then_it_says_so_and_names_a_free_port()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        await using var first = new DevServer(new DevServerOptions { ContentPath = temp.Combine("content"), Port = 0 });
        await first.StartAsync();

        await using var second = new DevServer(new DevServerOptions { ContentPath = temp.Combine("content"), Port = first.SiteUrl.Port });
        var error = await Assert.ThrowsAsync<IOException>(() => second.StartAsync());

        Assert.Matches($"port {first.SiteUrl.Port} on 127.0.0.1 is in use; try --port \\d+", error.Message);
    }

    private static (BuildResult Result, IReadOnlyList<string> Errors) Next(System.Collections.Concurrent.BlockingCollection<(BuildResult, IReadOnlyList<string>)> builds)
    {
        Assert.True(builds.TryTake(out var build, TimeSpan.FromSeconds(30)), "no rebuild within 30 s of the edit");
        return build;
    }

    private static string FirstStylesheet(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "href=\"([^\"]*/assets/css/[^\"]+\\.css)\"").Groups[1].Value;

    private static async Task<string?> NextEvent(StreamReader stream)
    {
        string? line;
        while ((line = await stream.ReadLineAsync()) is not null && !line.StartsWith("event:", StringComparison.Ordinal))
        {
        }

        return line;
    }
}
