using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Parsing;

namespace RoadmapSite.Tests.Config;

/// <summary>site.yml: each wrong value is an error at its own line and column, told in the author's terms; the defaults hold otherwise.</summary>
public sealed class SiteSettingsLoaderTests
{
    [Theory]
    [InlineData("title: R\nrepository_url: javascript:alert(1)\n", 2, 17, "repository_url 'javascript:alert(1)': must be an http(s) URL")]
    [InlineData("repository_url: file:///etc/passwd\n", 1, 17, "must be an http(s) URL")]
    [InlineData("title: R\n\nbase_url: //evil.example/\n", 3, 11, "base_url '//evil.example/': a full base URL must be an http:// or https:// address")]
    [InlineData("base_url: ftp://example.org/\n", 1, 11, "base_url 'ftp://example.org/': a full base URL must be")]
    [InlineData("base_url: /café/\n", 1, 11, "base_url '/café/': the path segment 'café' is not usable in a URL")]
    [InlineData("language: english please\n", 1, 11, "language 'english please': must be a language tag")]
    [InlineData("language: \"en_US\"\n", 1, 11, "must be a language tag")]
    [InlineData("theme: ../../etc\n", 1, 8, "theme '../../etc': must be the name of a folder in themes/")]
    [InlineData("theme: ..\n", 1, 8, "must be the name of a folder")]
    [InlineData("theme: a/b\n", 1, 8, "must be the name of a folder")]
    [InlineData("title: R\nsite_id: has space\n", 2, 10, "site_id 'has space': must be letters, digits")]
    [InlineData("title: R\nfiles: 3\n", 2, 8, "files: expected a list of file names (like [roadmap.md]), got a number")]
    [InlineData("files:\n  - a.md\n  - [b.md]\n", 3, 5, "files: expected a file name, got a list")]
    [InlineData("title: [a, b]\n", 1, 8, "title: expected text, got a list")]
    [InlineData("markers:\n  easy: yes please\n", 2, 9, "markers.easy: expected a list of symbols")]
    [InlineData("markers:\n  colour: [x]\n", 2, 3, "unknown marker setting 'colour'")]
    [InlineData("publish_active_files: diagram.html\n", 1, 23, "publish_active_files: expected a list of file names")]
    [InlineData("title: A\ntitle: B\n", 2, 1, "site.yml is not valid YAML: Duplicate key title")]
    [InlineData("colour: blue\n", 1, 1, "unknown setting 'colour'; known settings are: title,")]
    [InlineData("- a\n- b\n", 1, 1, "site.yml must be settings written as 'key: value' lines, got a list")]
    [InlineData("title: \"unclosed\n", 1, 8, "site.yml is not valid YAML")]
    public void Given_a_wrong_setting_then_one_error_names_its_line_and_column(string yaml, int line, int column, string message)
    {
        var (_, diagnostics) = SiteSettingsLoader.Parse(yaml, "content/site.yml");

        var error = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.SiteSettings), (error.Severity, error.Code));
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), error.ToString());
        Assert.Equal(("content/site.yml", line, column), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_wrong_value_then_the_setting_keeps_its_default()
    {
        var (settings, _) = SiteSettingsLoader.Parse("repository_url: javascript:alert(1)\nlanguage: \"!\"\nsite_id: \"a b\"\n", "site.yml");

        Assert.Equal(("", "en", "roadmap"), (settings.RepositoryUrl, settings.Language, settings.SiteId));
    }

    [Fact]
    public void Given_every_setting_written_well_then_each_is_read_and_nothing_is_reported()
    {
        var yaml = """
            title: My roadmap
            description: "Learn: things"
            site_id: my-roadmap
            base_url: https://you.github.io/my-roadmap/
            repository_url: https://github.com/you/my-roadmap
            language: zh-Hans-CN
            theme: mine
            files: [b.md, a.md]
            publish_active_files:
              - diagrams/flow.html
            markers:
              easy: ["✅"]
              importance: ["🔥"]
            """;

        var (settings, diagnostics) = SiteSettingsLoader.Parse(yaml, "site.yml");

        Assert.Empty(diagnostics);
        Assert.Equal(("My roadmap", "Learn: things", "my-roadmap", "https://you.github.io/my-roadmap/"), (settings.Title, settings.Description, settings.SiteId, settings.BaseUrl));
        Assert.Equal(("https://github.com/you/my-roadmap", "zh-Hans-CN", "mine"), (settings.RepositoryUrl, settings.Language, settings.Theme));
        Assert.Equal(["b.md", "a.md"], settings.Files.ToArray());
        Assert.Equal(["diagrams/flow.html"], settings.PublishActiveFiles.ToArray());
        Assert.Equal(Difficulty.Easy, settings.Markers.Difficulty["✅"]);
        Assert.Equal(["🔥"], settings.Markers.Importance.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("title:\nbase_url: ~\nfiles: null\n")]
    public void Given_an_empty_site_yml_or_empty_values_then_the_defaults_hold(string yaml)
    {
        var (settings, diagnostics) = SiteSettingsLoader.Parse(yaml, "site.yml");

        Assert.Empty(diagnostics);
        Assert.Equal(SiteSettings.Default, settings);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    [InlineData("pt-BR")]
    [InlineData("es-419")]
    [InlineData("sr-Latn-RS")]
    [InlineData("de-CH-1996")]
    [InlineData("x-private")]
    public void Given_a_language_tag_then_it_is_accepted(string language)
    {
        var (settings, diagnostics) = SiteSettingsLoader.Parse($"language: {language}\n", "site.yml");

        Assert.Empty(diagnostics);
        Assert.Equal(language, settings.Language);
    }

    [Fact]
    public void Given_yaml_nested_thousands_deep_then_it_is_one_error_not_a_crash()
    {
        var yaml = "title: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var (_, diagnostics) = SiteSettingsLoader.Parse(yaml, "site.yml");

        var error = Assert.Single(diagnostics);
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
    }
}
