using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Pipelines;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

/// <summary>Nothing from outside the content folder or the theme is read or published: links are followed before judging, hidden files never leave.</summary>
public sealed class ContentContainmentTests
{
    [Fact]
    public async Task No_published_file_names_a_folder_of_the_build_machine()
    {
        // Given: content given by its absolute path, as a CI runner or a script would give it
        using var temp = new TempFolder();
        temp.Write("my-roadmap/roadmap.md", "# R\n\n## S\n\n- [ ] Topic\n");

        // When
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("my-roadmap"), temp.Combine("site"));

        // Then: roadmap.json names the file by the content folder's name, and nothing says where it was built
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var leaking = Directory.EnumerateFiles(temp.Combine("site"), "*", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains(temp.Path, StringComparison.Ordinal));
        Assert.Empty(leaking);
        Assert.Contains("\"file\":\"my-roadmap/roadmap.md\"", File.ReadAllText(temp.Combine("site", "roadmap.json")), StringComparison.Ordinal);
    }

    private const string Roadmap = "# R\n\n## S\n\n- [ ] Item\n";

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/passwd")]
    public async Task Given_a_content_file_linking_outside_the_folder_when_built_then_it_is_not_published_and_a_warning_names_it(string target)
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        File.CreateSymbolicLink(temp.Combine("content", "leak.txt"), target);

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(File.Exists(temp.Combine("site", "leak.txt")));
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("leak.txt", StringComparison.Ordinal) && w.Message.Contains("outside the content folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_content_folder_linking_to_a_folder_outside_when_built_then_nothing_under_it_is_published()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("secrets/key.txt", "secret");
        Directory.CreateSymbolicLink(temp.Combine("content", "docs"), temp.Combine("secrets"));

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(Directory.Exists(temp.Combine("site", "docs")));
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("docs/", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFiles(temp.Combine("site"), "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_links_that_stay_inside_the_content_folder_when_built_then_they_are_published()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("content/images/logo.png", "png");
        File.CreateSymbolicLink(temp.Combine("content", "logo.png"), Path.Combine("images", "logo.png"));
        Directory.CreateSymbolicLink(temp.Combine("content", "pictures"), temp.Combine("content", "images"));

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("png", File.ReadAllText(temp.Combine("site", "logo.png")));
        Assert.Equal("png", File.ReadAllText(temp.Combine("site", "images", "logo.png")));
        Assert.False(Directory.Exists(temp.Combine("site", "pictures")), "a folder link inside the folder adds no second copy");
        Assert.Empty(result.Warnings.Where(w => w.File?.Contains("logo", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Given_hidden_files_and_folders_in_the_content_folder_when_built_then_none_is_published()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("content/.env", "TOKEN=1");
        temp.Write("content/.git/config", "[core]");
        temp.Write("content/images/.secret.png", "png");
        File.CreateSymbolicLink(temp.Combine("content", "env.txt"), ".env");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        // The output marker is the build's own file, not content.
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Combine("site"), ".*", SearchOption.AllDirectories),
            path => Path.GetFileName(path) != OutputFolderGuard.MarkerFileName);
        Assert.False(File.Exists(temp.Combine("site", "env.txt")), "a link to a hidden file is hidden too");
    }

    [Fact]
    public void Given_a_markdown_file_linking_outside_the_folder_when_loaded_then_it_is_skipped_with_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("elsewhere/other.md", "# Other\n\n## Secret\n\n- [ ] Hidden\n");
        File.CreateSymbolicLink(temp.Combine("content", "other.md"), temp.Combine("elsewhere", "other.md"));

        var content = ContentFolder.Load(temp.Combine("content"));

        Assert.Single(content.Documents);
        var warning = Assert.Single(content.Diagnostics);
        Assert.Equal((Severity.Warning, true), (warning.Severity, warning.Location.File.EndsWith("other.md", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/etc/passwd", "leads outside the content folder")]
    [InlineData("../../x.md", "leads outside the content folder")]
    [InlineData(".draft.md", "is hidden")]
    [InlineData("nope.md", "does not exist")]
    public void Given_files_listing_a_file_that_cannot_be_read_when_loaded_then_an_error_points_at_the_entry(string entry, string reason)
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("content/.draft.md", Roadmap);
        temp.Write("content/site.yml", $"title: R\nfiles:\n  - roadmap.md\n  - {entry}\n");

        var content = ContentFolder.Load(temp.Combine("content"));

        var error = Assert.Single(content.Diagnostics);
        Assert.Equal((Severity.Error, DiagnosticCodes.ContentFiles, 4, 5), (error.Severity, error.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith("site.yml", error.Location.File, StringComparison.Ordinal);
        Assert.Contains($"files: '{entry}' {reason}", error.Message, StringComparison.Ordinal);
        Assert.Empty(content.Documents);
    }

    [Fact]
    public void Given_files_listing_a_link_to_etc_passwd_when_loaded_then_it_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        File.CreateSymbolicLink(temp.Combine("content", "passwd.md"), "/etc/passwd");
        temp.Write("content/site.yml", "files: [roadmap.md, passwd.md]\n");

        var content = ContentFolder.Load(temp.Combine("content"));

        var error = Assert.Single(content.Diagnostics);
        Assert.Equal((DiagnosticCodes.ContentFiles, 1, 21), (error.Code, error.Location.Line, error.Location.Column));
        Assert.DoesNotContain(content.Documents, d => d.Text.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_site_yml_linking_outside_the_folder_when_loaded_then_it_is_not_read()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("other/site.yml", "title: Not mine\n");
        File.CreateSymbolicLink(temp.Combine("content", "site.yml"), temp.Combine("other", "site.yml"));

        var content = ContentFolder.Load(temp.Combine("content"));

        Assert.Equal("", content.Settings.Title);
        Assert.Contains(content.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("outside the content folder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_theme_with_a_dotfile_and_a_link_outside_when_built_then_neither_is_published()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("content/site.yml", "theme: mine\n");
        temp.Write("themes/mine/assets/.env", "TOKEN=1");
        temp.Write("themes/mine/assets/.cache/x.css", "body{}");
        temp.Write("themes/mine/assets/css/extra.css", "body { color: black; }\n");
        File.CreateSymbolicLink(temp.Combine("themes", "mine", "assets", "passwd.txt"), "/etc/passwd");
        File.CreateSymbolicLink(temp.Combine("themes", "mine", "layouts"), "/etc");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var published = Directory.EnumerateFiles(temp.Combine("site"), "*", SearchOption.AllDirectories).Select(Path.GetFileName)
            .Where(name => name != OutputFolderGuard.MarkerFileName).ToList();
        Assert.DoesNotContain(published, f => f!.StartsWith('.') || f.StartsWith("passwd", StringComparison.Ordinal) || f.Contains("env", StringComparison.Ordinal));
        Assert.Contains(published, f => f!.StartsWith("extra.", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.File!.EndsWith("passwd.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_theme_folder_that_links_outside_themes_when_resolved_then_the_build_refuses_it()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("content/site.yml", "theme: mine\n");
        temp.Write("elsewhere/layouts/partials/footer.sbn", "<footer>x</footer>");
        Directory.CreateDirectory(temp.Combine("themes"));
        Directory.CreateSymbolicLink(temp.Combine("themes", "mine"), temp.Combine("elsewhere"));

        var load = RoadmapSite.Site.SiteLoadResult.From(temp.Combine("content"), null);

        Assert.Null(load.Site);
        Assert.Contains("theme 'mine'", load.ReadError, StringComparison.Ordinal);
    }
}
