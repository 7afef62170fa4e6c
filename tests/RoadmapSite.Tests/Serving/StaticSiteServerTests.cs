using RoadmapSite.Tests.Support;
using System.Net;
using Microsoft.AspNetCore.Http;
using RoadmapSite.Serving;
using RoadmapSite.Tests.Pipelines;

namespace RoadmapSite.Tests.Serving;

public sealed class StaticSiteServerTests : IAsyncLifetime
{
    private const string Secret = "secret beside the site";

    private readonly TempFolder _folder = new();
    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private StaticSiteServer _server = null!;

    public async Task InitializeAsync()
    {
        WriteSite(_folder.Output, "first build");
        // Outside the served folder: no URL may ever reach it.
        File.WriteAllText(Path.Combine(_folder.Path, "secret.txt"), Secret);
        _server = new StaticSiteServer(new StaticSiteServerOptions { Files = SiteFiles.InFolder(_folder.Output), BasePath = "/roadmap/" });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _client.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_home_page_is_served_under_the_base_path_as_html_that_is_always_revalidated()
    {
        using var response = await GetAsync("/roadmap/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("home of first build", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_server_binds_a_free_port_on_the_loopback_address()
    {
        Assert.Equal("127.0.0.1", _server.RootUrl.Host);
        Assert.NotEqual(0, _server.RootUrl.Port);
        Assert.Equal(new Uri(_server.RootUrl, "/roadmap/"), _server.SiteUrl);
    }

    [Theory]
    [InlineData("/", "/roadmap/")]
    [InlineData("/roadmap", "/roadmap/")]
    [InlineData("/roadmap/sections/basics", "/roadmap/sections/basics/")]
    [InlineData("/roadmap/sections/basics?x=1", "/roadmap/sections/basics/?x=1")]
    public async Task The_root_and_directories_without_their_slash_redirect(string path, string location)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_directory_url_answers_with_its_index_page()
    {
        using var response = await GetAsync("/roadmap/sections/basics/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("basics section", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/roadmap/no/such/page/")]
    [InlineData("/roadmap/missing.css")]
    [InlineData("/elsewhere/index.html")]
    [InlineData("/roadmap/assets/")]
    public async Task An_unknown_path_or_a_directory_without_index_answers_the_sites_404_page_with_status_404(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/roadmap/site.css", "text/css")]
    [InlineData("/roadmap/app.js", "text/javascript")]
    [InlineData("/roadmap/roadmap.json", "application/json")]
    [InlineData("/roadmap/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/roadmap/favicon.svg", "image/svg+xml")]
    [InlineData("/roadmap/robots.txt", "text/plain")]
    [InlineData("/roadmap/data.unknownext", "application/octet-stream")]
    public async Task Files_are_served_with_their_content_type(string path, string mediaType)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.CacheControl);
    }

    [Theory]
    [InlineData("/roadmap/assets/js/app.3f2a9c1b7d.js")]
    [InlineData("/roadmap/assets/css/site.0123456789.css")]
    public async Task A_fingerprinted_asset_is_cached_as_immutable_so_a_reload_after_a_rebuild_fetches_only_the_page(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaticSiteServer.ImmutableCaching, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/roadmap/app.js")]
    [InlineData("/roadmap/assets/js/app.js")]
    [InlineData("/roadmap/assets/js/app.NOTAHASH00.js")]
    [InlineData("/roadmap/assets/js/missing.3f2a9c1b7d.js")]
    public async Task A_file_without_a_content_hash_in_its_name_under_assets_is_not_cached_as_immutable(string path)
    {
        using var response = await GetAsync(path);

        Assert.NotEqual(StaticSiteServer.ImmutableCaching, response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/roadmap/../secret.txt")]
    [InlineData("/roadmap/%2e%2e/secret.txt")]
    [InlineData("/roadmap/..%2Fsecret.txt")]
    [InlineData("/roadmap/..%5Csecret.txt")]
    [InlineData("/roadmap/%2e%2e%2fsecret.txt")]
    [InlineData("/roadmap/sections/../../secret.txt")]
    public async Task Paths_that_climb_out_of_the_site_are_not_served(string rawPath)
    {
        // The URI is sent as written: HttpClient would otherwise resolve the dot segments itself.
        var uri = new Uri(_server.RootUrl.GetLeftPart(UriPartial.Authority) + rawPath, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var response = await _client.GetAsync(uri);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_replaced_output_folder_is_served_without_a_restart()
    {
        // Given the build's atomic swap: the old folder renamed away, a new one renamed into place
        var staged = Path.Combine(_folder.Path, "staged");
        WriteSite(staged, "second build");
        Directory.Move(_folder.Output, Path.Combine(_folder.Path, "old"));
        Directory.Move(staged, _folder.Output);

        using var response = await GetAsync("/roadmap/");

        Assert.Contains("home of second build", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Methods_other_than_get_and_head_are_refused()
    {
        using var response = await _client.PostAsync(new Uri(_server.SiteUrl, "index.html"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Middleware_runs_before_the_files_and_may_answer_itself()
    {
        // Given a live-reload-like endpoint in front of the files
        var folder = new TempFolder();
        WriteSite(folder.Output, "hooked");
        await using var server = new StaticSiteServer(new StaticSiteServerOptions
        {
            Files = SiteFiles.InFolder(folder.Output),
            Middleware =
            [
                async (context, next) =>
                {
                    if (context.Request.Path == "/__livereload")
                    {
                        await context.Response.WriteAsync("reload hook");
                        return;
                    }

                    await next(context);
                },
            ],
        });
        await server.StartAsync();

        // Then it answers its own path and leaves the others to the files
        Assert.Equal("reload hook", await _client.GetStringAsync(new Uri(server.RootUrl, "/__livereload")));
        Assert.Contains("home of hooked", await _client.GetStringAsync(server.SiteUrl));
        await server.StopAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost:5000")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:5000")]
    [InlineData("[::1]")]
    public async Task A_request_for_a_loopback_host_on_any_port_is_answered(string host)
    {
        using var response = await GetWithHostAsync(_server, "/roadmap/", host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5000")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("192.168.1.10")]
    public async Task A_request_for_any_other_host_gets_403_as_a_rebinding_page_would(string host)
    {
        using var response = await GetWithHostAsync(_server, "/roadmap/", host);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("home of first build", body);
        Assert.Contains("--allowed-host", body);
    }

    [Fact]
    public async Task A_host_the_user_allowed_is_answered_and_the_middleware_is_guarded_too()
    {
        var folder = new TempFolder();
        WriteSite(folder.Output, "named");
        var hookRan = false;
        await using var server = new StaticSiteServer(new StaticSiteServerOptions
        {
            Files = SiteFiles.InFolder(folder.Output),
            AllowedHosts = ["roadmap.test"],
            Middleware = [(context, next) => { hookRan = true; return next(context); }],
        });
        await server.StartAsync();

        using var allowed = await GetWithHostAsync(server, "/", "Roadmap.Test:" + server.RootUrl.Port);
        hookRan = false;
        using var other = await GetWithHostAsync(server, "/", "other.test");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("home of named", await allowed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.False(hookRan);
        await server.StopAsync();
        folder.Dispose();
    }

    private async Task<HttpResponseMessage> GetWithHostAsync(StaticSiteServer server, string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.RootUrl, path));
        request.Headers.Host = host;
        return await _client.SendAsync(request);
    }

    private Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(_server.RootUrl, path));

    private static void WriteSite(string folder, string build)
    {
        Directory.CreateDirectory(Path.Combine(folder, "sections", "basics"));
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        File.WriteAllText(Path.Combine(folder, "index.html"), $"<h1>home of {build}</h1>");
        File.WriteAllText(Path.Combine(folder, "404.html"), "<h1>Page not found</h1>");
        File.WriteAllText(Path.Combine(folder, "sections", "basics", "index.html"), "basics section");
        File.WriteAllText(Path.Combine(folder, "assets", "logo.png"), "not listed");
        Directory.CreateDirectory(Path.Combine(folder, "assets", "js"));
        Directory.CreateDirectory(Path.Combine(folder, "assets", "css"));
        foreach (var name in new[] { "js/app.3f2a9c1b7d.js", "js/app.js", "js/app.NOTAHASH00.js", "css/site.0123456789.css" })
        {
            File.WriteAllText(Path.Combine(folder, "assets", name), name);
        }

        foreach (var name in new[] { "site.css", "app.js", "roadmap.json", "manifest.webmanifest", "favicon.svg", "robots.txt", "data.unknownext" })
        {
            File.WriteAllText(Path.Combine(folder, name), name);
        }
    }
}
