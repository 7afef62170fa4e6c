using System.Text.Json;
using Microsoft.Playwright;
using RoadmapSite.Configuration;
using RoadmapSite.Serving;
using RoadmapSite.Site;

namespace RoadmapSite.BrowserTests.Support;

/// <summary>
/// Builds the repository's default roadmap once under the base path /roadmap/ (a sub-path, as on GitHub Pages,
/// so links that forget the base path break here too), serves it on 127.0.0.1 and starts one Chromium.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string BasePath = "/roadmap/";

    private const string ScreenshotsVariable = "ROADMAP_SCREENSHOTS";

    private readonly string _workFolder = Directory.CreateTempSubdirectory("roadmapsite-browser-").FullName;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string OutputDirectory => Path.Combine(_workFolder, "site");

    /// <summary>The first section of the roadmap: the section page every test visits.</summary>
    public SectionSample Section { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } named
        ? Path.GetFullPath(named)
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public string HomeUrl => Url("");

    public string SectionUrl => Url($"sections/{Section.Id}/");

    public string TreeUrl => Url("tree/");

    public string SearchUrl => Url("search/");

    /// <summary>A missing page several folders deep: its 404 page must still find its stylesheet.</summary>
    public string NotFoundUrl => Url("no/such/page/");

    /// <summary>Every page type, named for messages and screenshot files.</summary>
    public IReadOnlyList<(string Name, string Url)> PageTypes =>
        [("index", HomeUrl), ("section", SectionUrl), ("tree", TreeUrl), ("search", SearchUrl), ("404", NotFoundUrl)];

    public string Url(string relative) => new Uri(_server!.SiteUrl, relative).ToString();

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        // Generous for a loaded CI machine, short enough that a missing element fails the run quickly.
        context.SetDefaultTimeout(10_000);
        return context;
    }

    /// <summary>
    /// Builds another site into a folder below this one's output, so it is served on the same origin under
    /// <c>/roadmap/{folder}/</c>: two roadmaps side by side, as two forks on one <c>*.github.io</c> origin.
    /// Building the same folder again replaces it, as a new deployment of that site would.
    /// </summary>
    public async Task<string> BuildSiteAsync(string folder, string contentDirectory)
    {
        var basePath = $"{BasePath}{folder}/";
        var result = await SiteBuilder.BuildAsync(ResolvedSite.Create(ContentFolder.Load(contentDirectory), basePath), Path.Combine(OutputDirectory, folder));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The site in {contentDirectory} did not build:\n" + string.Join("\n", result.Errors.Select(error => error.Message)));
        }

        return Url(folder + "/");
    }

    /// <summary>A fresh content folder (deleted with the fixture) holding the given files.</summary>
    public string NewContentFolder(IReadOnlyDictionary<string, string> files)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_workFolder, "content-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }

    public async Task InitializeAsync()
    {
        var content = Path.Combine(RepositoryRoot.Path, "content");
        var result = await SiteBuilder.BuildAsync(ResolvedSite.Create(ContentFolder.Load(content), BasePath), OutputDirectory);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The default roadmap did not build:\n" + string.Join("\n", result.Errors.Select(error => error.Message)));
        }

        Section = ReadFirstSection(Path.Combine(OutputDirectory, "roadmap.json"));
        _server = new StaticSiteServer(new StaticSiteServerOptions { Files = SiteFiles.InFolder(OutputDirectory), BasePath = BasePath });
        await _server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLauncher.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleaning; never worth failing a run over.
        }
    }

    private static SectionSample ReadFirstSection(string roadmapJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(roadmapJson));
        var section = document.RootElement.GetProperty("sections")[0];
        var items = new List<KeyValuePair<string, string>>();
        Collect(section.GetProperty("items"), items);
        return new SectionSample(section.GetProperty("id").GetString()!, section.GetProperty("title").GetString()!, items);
    }

    private static void Collect(JsonElement items, List<KeyValuePair<string, string>> into)
    {
        foreach (var item in items.EnumerateArray())
        {
            into.Add(new(item.GetProperty("id").GetString()!, item.GetProperty("title").GetString()!));
            Collect(item.GetProperty("children"), into);
        }
    }
}
