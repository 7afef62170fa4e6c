using System.Xml.Linq;
using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ProgressCardTests(SiteFixture site)
{
    [Fact]
    public async Task The_progress_card_shows_the_visitors_own_progress_as_svg_and_png()
    {
        var items = RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Section == site.Section.Id).ToList();
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.SectionUrl);
        await page.Check(items[0].Id).CheckAsync();
        await page.Check(items[1].Id).CheckAsync();
        await page.SetStateAsync(items[2].Id, "in-progress");
        await page.OpenProgressDialogAsync();

        var svgDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download my progress card (SVG)" }).ClickAsync());
        Assert.EndsWith(".svg", svgDownload.SuggestedFilename, StringComparison.Ordinal);
        var card = XDocument.Load(await svgDownload.PathAsync());
        XNamespace svg = "http://www.w3.org/2000/svg";
        var total = RoadmapData.Trackable(site.OutputDirectory).Count;
        Assert.Contains($"2 of {total} topics done · 1%", card.Root!.Element(svg + "title")!.Value);
        Assert.Contains(card.Descendants(svg + "text"), text => text.Value == "1 in progress, 0 skipped");

        var pngDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Progress card as PNG" }).ClickAsync());
        Assert.EndsWith(".png", pngDownload.SuggestedFilename, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(await pngDownload.PathAsync());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(960, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }
}
