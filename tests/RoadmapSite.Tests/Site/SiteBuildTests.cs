using System.Security.Cryptography;
using System.Text.Json;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

public sealed class SiteBuildTests
{
    [Fact]
    public async Task Roadmap_json_gives_each_section_the_address_of_its_published_page()
    {
        // Given: a site published under a base path, with a section whose name needs no ASCII
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## Bases de données\n\n- [ ] SQL\n");

        // When
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"), "/my-roadmap/");

        // Then: the client reads section addresses from here instead of rebuilding them
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        using var json = JsonDocument.Parse(File.ReadAllText(temp.Combine("site", "roadmap.json")));
        var section = json.RootElement.GetProperty("sections")[0];
        var url = section.GetProperty("url").GetString()!;
        Assert.StartsWith("/my-roadmap/sections/", url, StringComparison.Ordinal);
        var page = Uri.UnescapeDataString(url["/my-roadmap/".Length..]);
        Assert.True(File.Exists(temp.Combine("site", page, "index.html")), page);
    }

    [Fact]
    public async Task Given_the_default_roadmap_when_built_then_every_page_type_and_data_file_is_written()
    {
        using var temp = new TempFolder();
        var result = await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        foreach (var file in new[] { "index.html", "tree/index.html", "search/index.html", "404.html", "roadmap.json", "search-index.json", "manifest.webmanifest", "robots.txt" })
        {
            Assert.True(File.Exists(temp.Combine(file)), file + " missing");
        }

        Assert.Equal(12, Directory.GetDirectories(temp.Combine("sections")).Length);
        Assert.True(File.Exists(temp.Combine("sections", "database-management", "index.html")));
    }

    [Fact]
    public async Task Graphs_are_drawn_by_the_Graphs_pipeline_and_each_page_shows_its_own_as_drawn()
    {
        // Given: the default roadmap, built
        using var temp = new TempFolder();
        var result = await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        // Then: the Graphs pipeline's own documents hold the drawn SVG (so --timings charges the drawing to it), one per
        // section and one for the index, and each page carries its graph byte for byte
        var graphs = result.Outputs[RoadmapSite.Site.SitePipelines.Graphs];
        Assert.Equal(13, graphs.Length);
        foreach (var graph in graphs)
        {
            var svg = System.Text.Encoding.UTF8.GetString(graph.Get(RoadmapSite.Site.MetadataKeys.GraphSvg).Utf8!);
            Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
            var of = graph.Get(RoadmapSite.Site.MetadataKeys.GraphOf);
            var page = File.ReadAllText(of.Length == 0 ? temp.Combine("index.html") : temp.Combine("sections", of, "index.html"));
            Assert.Contains(svg.TrimEnd(), page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Given_the_same_input_when_built_twice_then_the_output_is_byte_identical()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, first.Path, "https://example.org/roadmap/");
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, second.Path, "https://example.org/roadmap/");

        Assert.Equal(Hashes(first.Path), Hashes(second.Path));
    }

    [Fact]
    public async Task Given_a_previous_site_when_a_build_fails_then_the_previous_site_is_left_untouched()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var content = temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Good\n");
        Assert.True((await SiteBuildRunner.BuildAsync(temp.Combine("content"), output)).Succeeded);
        var before = Hashes(output);

        File.WriteAllText(content, "# R\n\n## S\n\n- [ ] One {#same}\n- [ ] Two {#same}\n");
        var failed = await SiteBuildRunner.BuildAsync(temp.Combine("content"), output);

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Errors);
        Assert.Equal((temp.Combine("content", "roadmap.md"), 6), (Path.GetFullPath(error.File!), error.Line));
        Assert.Equal(before, Hashes(output));
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).StartsWith("site.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_base_path_when_built_then_every_internal_link_and_asset_lives_under_it()
    {
        using var temp = new TempFolder();
        var result = await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path, "/my-fork/");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        foreach (var file in SiteBuildRunner.HtmlFiles(temp.Path))
        {
            var page = SiteBuildRunner.Page(temp.Path, file);
            var urls = page.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
                .Where(url => !url.StartsWith("http", StringComparison.Ordinal) && !url.StartsWith('#'));
            Assert.All(urls, url => Assert.StartsWith("/my-fork/", url));
        }

        Assert.Contains("/my-fork/", File.ReadAllText(temp.Combine("search-index.json")));
        Assert.Contains("\"start_url\": \"/my-fork/\"", File.ReadAllText(temp.Combine("manifest.webmanifest")));
        Assert.DoesNotContain("__roadmap-site", File.ReadAllText(temp.Combine("index.html")));
    }

    [Fact]
    public async Task Given_an_absolute_base_url_when_built_then_sitemap_canonical_and_open_graph_use_absolute_urls()
    {
        using var temp = new TempFolder();
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path, "https://me.github.io/roadmap/");

        var sitemap = File.ReadAllText(temp.Combine("sitemap.xml"));
        Assert.Contains("<loc>https://me.github.io/roadmap/sections/database-management/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
        Assert.Contains("Sitemap: https://me.github.io/roadmap/sitemap.xml", File.ReadAllText(temp.Combine("robots.txt")));
        var section = SiteBuildRunner.Page(temp.Path, "sections/database-management/index.html");
        Assert.Equal("https://me.github.io/roadmap/sections/database-management/", section.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://me.github.io/roadmap/sections/database-management/", section.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Given_any_page_then_there_is_no_inline_script_or_style_and_nothing_from_another_host()
    {
        using var temp = new TempFolder();
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path);

        foreach (var file in SiteBuildRunner.HtmlFiles(temp.Path))
        {
            var page = SiteBuildRunner.Page(temp.Path, file);
            // A script element is a file, or data the browser never runs (the interface strings: type application/json).
            Assert.All(page.QuerySelectorAll("script"), script => Assert.True(
                !string.IsNullOrEmpty(script.GetAttribute("src")) || script.GetAttribute("type") == "application/json", file + ": inline script"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onerror]"));
            Assert.All(page.QuerySelectorAll("script[src], link[rel=stylesheet], img[src]"),
                e => Assert.StartsWith("/", e.GetAttribute("src") ?? e.GetAttribute("href")));
            Assert.Contains("default-src 'self'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public async Task Given_the_404_page_then_its_links_and_assets_are_absolute_so_it_works_at_any_depth()
    {
        using var temp = new TempFolder();
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path, "/r/");

        var page = SiteBuildRunner.Page(temp.Path, "404.html");
        var urls = page.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).Where(u => !u.StartsWith('#'));
        Assert.All(urls, url => Assert.StartsWith("/r/", url));
    }

    [Fact]
    public async Task Given_assets_then_their_names_carry_a_content_hash_and_module_imports_point_at_hashed_names()
    {
        using var temp = new TempFolder();
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path);

        var scripts = Directory.GetFiles(temp.Combine("assets", "js"));
        Assert.All(scripts, script => Assert.Matches(@"\.[0-9a-f]{10}\.js$", script));
        var app = File.ReadAllText(scripts.Single(s => Path.GetFileName(s).StartsWith("app.", StringComparison.Ordinal)));
        foreach (System.Text.RegularExpressions.Match import in System.Text.RegularExpressions.Regex.Matches(app, @"from\s+'\./([^']+)'"))
        {
            Assert.Matches(@"\.[0-9a-f]{10}\.js$", import.Groups[1].Value);
            Assert.True(File.Exists(temp.Combine("assets", "js", import.Groups[1].Value)), import.Value);
        }
    }

    [Fact]
    public async Task Given_a_theme_stylesheet_at_the_assets_root_that_references_an_image_then_the_reference_points_at_the_hashed_name()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Item\n");
        temp.Write("content/site.yml", "theme: mine\n");
        temp.Write("themes/mine/assets/extra.css", "body { background: url(./dot.svg); }\n");
        temp.Write("themes/mine/assets/dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var css = File.ReadAllText(Directory.GetFiles(temp.Combine("site", "assets"), "extra.*.css").Single());
        Assert.Matches(@"url\(\./dot\.[0-9a-f]{10}\.svg\)", css);
    }

    [Fact]
    public async Task Given_markdown_anchor_links_then_they_lead_to_the_section_page_or_item()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", """
            # Roadmap

            Start with [the basics](#the-basics) and then [Docker](#docker); see [external](https://example.org).

            ## The Basics

            - [ ] Learn things
            - [ ] Read about [containers](#containers-and-more)

            ## Containers and more

            - [ ] Docker
            """);
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"), "/r/");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var index = SiteBuildRunner.Page(temp.Combine("site"), "index.html");
        var intro = index.QuerySelectorAll(".page-header__intro a").ToDictionary(a => a.TextContent.Trim(), a => a, StringComparer.Ordinal);
        Assert.Equal("/r/sections/the-basics/", intro["the basics"].GetAttribute("href"));
        Assert.Equal("/r/sections/containers-and-more/#docker", intro["Docker"].GetAttribute("href"));
        Assert.Equal("noopener noreferrer", intro["external"].GetAttribute("rel"));
        var basics = SiteBuildRunner.Page(temp.Combine("site"), "sections/the-basics/index.html");
        Assert.Equal("/r/sections/containers-and-more/", basics.QuerySelectorAll("a").Single(a => a.TextContent == "containers").GetAttribute("href"));
    }

    [Fact]
    public async Task Given_a_site_theme_that_overrides_one_template_and_adds_css_then_the_rest_of_the_default_theme_is_kept()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Item\n");
        temp.Write("content/site.yml", "theme: mine\n");
        temp.Write("themes/mine/layouts/partials/footer.sbn", "<footer class=\"site-footer\">My own footer</footer>\n");
        temp.Write("themes/mine/assets/css/extra.css", "body { color: black; }\n");
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var index = SiteBuildRunner.Page(temp.Combine("site"), "index.html");
        Assert.Equal("My own footer", index.QuerySelector("footer")?.TextContent);
        Assert.NotNull(index.QuerySelector("header"));
        Assert.Single(Directory.GetFiles(temp.Combine("site", "assets", "css"), "extra.*.css"));
    }

    [Fact]
    public async Task Given_a_theme_template_with_a_broken_internal_link_then_the_build_fails_naming_the_page_and_the_link()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] Item\n");
        temp.Write("content/site.yml", "theme: broken\n");
        temp.Write("themes/broken/layouts/partials/footer.sbn", "<footer><a href=\"{{ site.base_path }}nowhere/\">x</a> <a href=\"{{ site.base_path }}tree/#no-such-item\">y</a></footer>\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message == "index.html: broken link '/nowhere/': nothing is published at /nowhere/");
        Assert.Contains(result.Errors, e => e.Message == "index.html: broken link '/tree/#no-such-item': tree/index.html has no element with id 'no-such-item'");
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public async Task Given_raw_html_in_the_markdown_then_scripts_handlers_and_javascript_urls_never_reach_the_page()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", """
            # R

            <script>alert(1)</script><img src="x.png" onerror="alert(2)">

            ## S

            - [ ] [Click](javascript:alert(3)) <b onclick="alert(4)">bold</b>: <iframe src="https://evil.example"></iframe>
            """);
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        foreach (var file in SiteBuildRunner.HtmlFiles(temp.Combine("site")))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("alert(", html);
            Assert.DoesNotContain("javascript:", html);
            Assert.DoesNotContain("<iframe", html);
        }
    }

    [Theory]
    [InlineData("<a href=\"https://evil.example/\">Innocent topic")]
    [InlineData("Cells <table><tr><td>open")]
    [InlineData("Closers </li></ul> stray")]
    [InlineData("Nested <del><sub>open")]
    public async Task Given_a_topic_with_unclosed_html_then_the_topics_after_it_stay_outside_it(string topic)
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", $"""
            # R

            ## S

            - [ ] {topic}
            - [ ] Second topic: its description
            - [ ] Third topic
              - [ ] Child topic
            """);
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var page = SiteBuildRunner.Page(temp.Combine("site"), "sections/s/index.html");
        var checkboxes = page.QuerySelectorAll("input[type=checkbox]").ToList();
        Assert.True(checkboxes.Count >= 4, $"expected a checkbox per topic, found {checkboxes.Count}");
        foreach (var control in checkboxes.Skip(1).Concat(page.QuerySelectorAll("button.item-state")))
        {
            var id = control.GetAttribute("data-item-id");
            Assert.True(control.Closest("a, table, del, sub") is null, $"{id}'s {control.LocalName} is inside the first topic's markup");
            // Its own topic's list item holds it: a stray closing tag did not end that item early.
            Assert.Equal(id, control.Closest("li.tree-item")?.GetAttribute("data-item-id"));
        }
    }

    [Fact]
    public async Task Given_several_content_files_then_the_index_groups_the_section_cards_by_part_and_file_links_lead_to_the_part()
    {
        using var temp = new TempFolder();
        temp.Write("content/1_beginner.md", "# Beginner\n\nNext: [the advanced guide](2_advanced.md).\n\n## Databases\n\n- [ ] SQL\n");
        temp.Write("content/2_advanced.md", "# Advanced\n\n## Databases\n\n- [ ] Sharding\n");
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var index = SiteBuildRunner.Page(temp.Combine("site"), "index.html");
        Assert.Equal(["Beginner", "Advanced"], index.QuerySelectorAll("h3.sections__part").Select(h => h.TextContent.Trim()));
        Assert.Equal("/sections/2-advanced--databases/", index.QuerySelectorAll("a").Single(a => a.TextContent == "the advanced guide").GetAttribute("href"));
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
}
