using RoadmapSite.Rendering;

namespace RoadmapSite.Tests.Rendering;

public sealed class ThemeTests : IDisposable
{
    private readonly string _override = Directory.CreateTempSubdirectory("roadmapsite-theme-").FullName;

    public void Dispose() => Directory.Delete(_override, recursive: true);

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(_override, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_site_themes_copy_of_a_retired_layout_is_named_with_the_layout_that_replaced_it()
    {
        Write("layouts/partials/tree-item-row.sbn", "<span>my row</span>");
        Write("layouts/partials/footer.sbn", "<footer></footer>");

        var retired = new Theme(SampleSite.DefaultThemeDirectory, _override).RetiredOverrides().ToList();

        var (file, replacement) = Assert.Single(retired);
        Assert.Equal((Path.Combine(_override, "layouts", "partials", "tree-item-row.sbn"), "partials/tree-item.sbn"), (file, replacement));
    }

    [Fact]
    public void An_override_theme_replaces_one_partial_and_keeps_the_rest()
    {
        Write("layouts/partials/footer.sbn", "<footer class=\"custom-footer\">{{ site.title }}</footer>");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));

        var html = renderer.Render("index", SampleSite.Factory().Index());

        Assert.Contains("<footer class=\"custom-footer\">Backend &lt;Roadmap&gt;</footer>", html);
        Assert.DoesNotContain("class=\"site-footer\"", html);
        Assert.Contains("class=\"site-header\"", html);
        Assert.Contains("class=\"section-card\"", html);
    }

    [Fact]
    public void An_override_of_the_topic_template_shapes_every_topic_on_the_section_page_and_on_the_tree_page()
    {
        Write("layouts/partials/tree-item.sbn", "<li class=\"my-topic\" id=\"{{ $1.id }}\">{{ $1.title }} in {{ site.title }}{{ if $1.children.size > 0 }}{{ include 'partials/tree' $1.children }}{{ end }}</li>");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));
        var defaults = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory));
        var factory = SampleSite.Factory();
        var basics = SampleSite.Roadmap.Sections[0];
        var topics = basics.AllItems().Count();

        var model = factory.Section(basics);
        var section = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(renderer.Render("section", model));
        var tree = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(renderer.Render("tree", factory.Tree()));
        var sectionWithDefaults = defaults.Render("section", model);

        Assert.Equal(topics, section.QuerySelectorAll("li.my-topic").Length);
        Assert.Empty(section.QuerySelectorAll("li.tree-item"));
        Assert.Equal(SampleSite.Roadmap.AllItems().Count(), tree.QuerySelectorAll("li.my-topic").Length);
        Assert.Contains("in Backend &lt;Roadmap&gt;", tree.QuerySelector("li.my-topic")!.OuterHtml);
        // The same model rendered with other templates gets their markup, not the markup made for the first.
        Assert.DoesNotContain("my-topic", sectionWithDefaults);
        Assert.Contains("class=\"tree-item ", sectionWithDefaults);
    }

    [Fact]
    public void A_theme_file_changed_between_two_builds_of_one_process_is_read_again()
    {
        Write("layouts/partials/footer.sbn", "<footer>first</footer>");
        var first = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override)).Render("index", SampleSite.Factory().Index());
        Write("layouts/partials/footer.sbn", "<footer>second version</footer>");
        var second = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override)).Render("index", SampleSite.Factory().Index());

        Assert.Contains("<footer>first</footer>", first);
        Assert.Contains("<footer>second version</footer>", second);
    }

    [Fact]
    public void An_override_template_that_prints_a_title_with_no_filter_writes_it_escaped()
    {
        Write("layouts/section.sbn", "<h1>{{ section.title }}</h1><p>{{ page.title + \"!\" }}</p><ul>{{ for item in section.items }}<li>{{ item.title }}</li>{{ end }}</ul>");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));

        var html = renderer.Render("section", SampleSite.Factory().Section(SampleSite.Roadmap.Sections[1]));

        Assert.DoesNotContain("<script>", html);
        Assert.Equal(
            "<h1>Tags &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1><p>Tags &lt;script&gt;alert(1)&lt;/script&gt; &amp; more!</p>"
                + "<ul><li>Tags &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</li></ul>",
            html);
    }

    [Fact]
    public void Html_fields_the_graph_and_partials_are_written_raw_and_a_leftover_html_escape_escapes_once()
    {
        Write("layouts/partials/footer.sbn", "<footer>{{ site.title | html.escape }}|{{ site.title | html.escape | html.escape }}</footer>");
        Write("layouts/index.sbn", "{{ roadmap.intro_html }}{{ graph_svg }}{{ include 'partials/footer' }}{{ if roadmap.legend_html != \"\" }}legend{{ end }}");
        Write("layouts/section.sbn", "{{ for item in section.items }}{{ item.description_html }}{{ for child in item.children }}{{ child.description_html }}{{ end }}{{ for note in item.notes_html }}{{ note }}{{ end }}{{ end }}");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));
        var factory = SampleSite.Factory();

        var index = renderer.Render("index", factory.Index());
        var basics = renderer.Render("section", factory.Section(SampleSite.Roadmap.Sections[0]));
        var tags = renderer.Render("section", factory.Section(SampleSite.Roadmap.Sections[1]));

        Assert.StartsWith("<p>Learn the backend.</p>", index);
        Assert.Contains("<svg class=\"roadmap-graph\"", index);
        Assert.EndsWith("<footer>Backend &lt;Roadmap&gt;|Backend &lt;Roadmap&gt;</footer>legend", index);
        Assert.Contains("Version <em>control</em>.", basics);
        Assert.Equal("<p>A note.</p>", tags);
    }

    [Fact]
    public void Markup_joined_to_a_string_in_a_template_is_plain_text_again_and_is_escaped()
    {
        Write("layouts/index.sbn", "{{ roadmap.intro_html + \"\" }}");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));

        Assert.Equal("&lt;p&gt;Learn the backend.&lt;/p&gt;", renderer.Render("index", SampleSite.Factory().Index()));
    }

    [Fact]
    public void A_broken_partial_gives_a_template_exception_naming_its_file_and_line()
    {
        Write("layouts/partials/footer.sbn", "<footer>\n{{ for }}\n</footer>");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));

        var exception = Assert.Throws<TemplateException>(() => renderer.Render("index", SampleSite.Factory().Index()));

        Assert.EndsWith("footer.sbn", exception.File);
        Assert.Equal(2, exception.Line);
        Assert.Contains("footer.sbn(2,", exception.Message);
    }

    [Fact]
    public void A_broken_layout_gives_a_template_exception_naming_its_file_and_line()
    {
        Write("layouts/search.sbn", "line one\nline two\n  {{ if }}");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));

        var exception = Assert.Throws<TemplateException>(() => renderer.Render("search", SampleSite.Factory().Search()));

        Assert.EndsWith(Path.Combine("layouts", "search.sbn"), exception.File);
        Assert.Equal(3, exception.Line);
    }

    [Fact]
    public void A_missing_include_names_the_including_file_and_line()
    {
        Write("layouts/partials/footer.sbn", "<footer>\n{{ include 'partials/missing' }}</footer>");
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory, _override));

        var exception = Assert.Throws<TemplateException>(() => renderer.Render("index", SampleSite.Factory().Index()));

        Assert.EndsWith("footer.sbn", exception.File);
        Assert.Equal(2, exception.Line);
    }

    [Fact]
    public void A_missing_layout_gives_a_template_exception()
    {
        var renderer = new TemplateRenderer(new Theme(SampleSite.DefaultThemeDirectory));

        var exception = Assert.Throws<TemplateException>(() => renderer.Render("nope", SampleSite.Factory().Index()));

        Assert.Contains("nope.sbn", exception.Message);
    }

    [Fact]
    public void Asset_paths_are_the_sorted_union_of_both_themes_and_the_override_wins()
    {
        Write("assets/css/site.css", "/* mine */");
        Write("assets/extra/a.txt", "extra");
        var theme = new Theme(SampleSite.DefaultThemeDirectory, _override);

        var paths = theme.AssetPaths().ToList();

        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(paths.Distinct(), paths);
        Assert.Contains("css/site.css", paths);
        Assert.Contains("extra/a.txt", paths);
        Assert.Contains("js/app.js", paths);
        Assert.True(theme.TryResolveAsset("css/site.css", out var css));
        Assert.StartsWith(_override, css);
        Assert.True(theme.TryResolveAsset("js/app.js", out var js));
        Assert.StartsWith(SampleSite.DefaultThemeDirectory, js);
    }

    [Theory]
    [InlineData("../RoadmapSite.sln")]
    [InlineData("layouts/../../../RoadmapSite.sln")]
    [InlineData("/etc/passwd")]
    [InlineData("layouts/nope.sbn")]
    public void Paths_outside_the_theme_or_missing_do_not_resolve(string path)
    {
        var theme = new Theme(SampleSite.DefaultThemeDirectory, _override);

        Assert.False(theme.TryResolve(path, out _));
    }

    [Fact]
    public void The_default_theme_is_found_above_a_start_directory()
    {
        var start = Path.Combine(SampleSite.DefaultThemeDirectory, "..", "..", "src", "RoadmapSite");

        Assert.Equal(Path.GetFullPath(SampleSite.DefaultThemeDirectory), Path.GetFullPath(Theme.FindDefaultDirectory(start)!));
    }
}
