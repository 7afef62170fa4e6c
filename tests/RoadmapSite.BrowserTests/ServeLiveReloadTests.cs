using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;
using RoadmapSite.Serving;

namespace RoadmapSite.BrowserTests;

/// <summary><c>roadmap-site serve</c> seen from an open page: edits reload it, a broken edit shows an overlay, a fix recovers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeLiveReloadTests(SiteFixture site) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "roadmap-site-serve-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_open_page_reloads_after_an_edit_shows_the_build_error_overlay_after_a_broken_edit_and_recovers_after_the_fix()
    {
        var (roadmap, original) = CopyDefaultRoadmap();
        await using var server = await StartServerAsync();
        Assert.EndsWith("/served/", server.SiteUrl.AbsolutePath, StringComparison.Ordinal);
        await using var context = await site.NewContextAsync();
        var page = await OpenSectionAsync(context, server);

        File.WriteAllText(roadmap, original.Replace("Foundational Concepts:", "Foundations Rewritten:", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#foundations-rewritten")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await WaitForConnectedPageAsync(server);

        File.WriteAllText(roadmap, original.Replace("- [ ] 🟢 Commenting:", "- [ ] 🟢 Commenting {#programming-logic}:", StringComparison.Ordinal) + "\n- [ ] Twice {#twice}\n- [ ] Again {#twice}\n");
        var overlay = page.Locator("#rs--build-error");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("roadmap.md");
        await Assertions.Expect(overlay).ToContainTextAsync("is already used by another item");
        Assert.Equal(1, await page.Locator("#foundations-rewritten").CountAsync());

        File.WriteAllText(roadmap, original);
        await Assertions.Expect(page.Locator("#foundational-concepts")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_changed_title_shows_in_the_open_page_before_it_reloads_and_a_new_topic_after_the_reload()
    {
        var (roadmap, original) = CopyDefaultRoadmap();
        await using var server = await StartServerAsync();
        await using var context = await site.NewContextAsync();
        var page = await OpenSectionAsync(context, server);
        // Seen by the page that was open when the edit was saved, not by the one the reload brings: the flag outlives
        // the reload in sessionStorage, the observer does not.
        const string WatchForInPlace = """
            (title) => {
              sessionStorage.removeItem('seen-in-place');
              window.stillTheOpenPage = true;
              new MutationObserver(() => {
                if (document.body.textContent.includes(title)) sessionStorage.setItem('seen-in-place', title);
              }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
            }
            """;
        await page.EvaluateAsync(WatchForInPlace, "Foundations Rewritten");

        File.WriteAllText(roadmap, original.Replace("Foundational Concepts:", "Foundations Rewritten:", StringComparison.Ordinal));
        // The page still reloads afterwards, so that the theme's scripts start from the new content.
        await page.WaitForFunctionAsync("() => window.stillTheOpenPage === undefined && document.querySelector('#foundations-rewritten') !== null", null, new() { Timeout = 15_000 });
        Assert.Equal("Foundations Rewritten", await page.EvaluateAsync<string?>("() => sessionStorage.getItem('seen-in-place')"));
        Assert.Equal("Foundations Rewritten", await page.Locator("label[for='check-foundations-rewritten']").InnerTextAsync());
        await WaitForConnectedPageAsync(server);

        // A new topic is new elements, which the in-place preview does not make up: it comes with the reload.
        await page.EvaluateAsync(WatchForInPlace, "Brand New Topic");
        File.WriteAllText(roadmap, original.Replace("- [ ] 🟢 Commenting:", "- [ ] 🟢 Brand New Topic: New.\n  - [ ] 🟢 Commenting:", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#brand-new-topic")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('seen-in-place')"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned up by the system anyway.
        }
    }

    private (string Roadmap, string Original) CopyDefaultRoadmap()
    {
        var roadmap = Path.Combine(folder, "content", "roadmap.md");
        Directory.CreateDirectory(Path.GetDirectoryName(roadmap)!);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "roadmap.md"), roadmap);
        return (roadmap, File.ReadAllText(roadmap));
    }

    private async Task<DevServer> StartServerAsync()
    {
        var server = new DevServer(new DevServerOptions
        {
            ContentPath = Path.Combine(folder, "content"),
            BaseUrl = "/served/",
            Port = 0,
        });
        await server.StartAsync();
        return server;
    }

    private static async Task<IPage> OpenSectionAsync(IBrowserContext context, DevServer server)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.SiteUrl, "sections/general-knowledge-and-best-practices/").ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('#foundational-concepts') !== null");
        await WaitForConnectedPageAsync(server);
        return page;
    }

    /// <summary>An edit made before the page's event stream is connected would reload nobody.</summary>
    private static async Task WaitForConnectedPageAsync(DevServer server)
    {
        for (var attempt = 0; attempt < 100 && server.Hub.ConnectedPages == 0; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(server.Hub.ConnectedPages > 0, "the page never connected to the live-reload event stream");
    }
}
