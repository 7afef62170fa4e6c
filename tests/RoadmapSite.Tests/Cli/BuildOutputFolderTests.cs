using RoadmapSite.Tests.Pipelines;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Cli;

/// <summary><c>roadmap-site build --output</c> as a user types it: relative folders, a repository root, the home folder.</summary>
public sealed class BuildOutputFolderTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private readonly TempFolder _temp = new();

    public BuildOutputFolderTests()
    {
        // A small repository checkout, the way a fork of a roadmap is laid out; the themes come from beside the CLI.
        _temp.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        _temp.Write("repo/src/Program.cs", "// sources\n");
        _temp.Write("repo/content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] First topic\n");
    }

    private string Repo => _temp.Combine("repo");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_output_dot_from_a_repository_root_then_it_exits_2_and_deletes_nothing()
    {
        var before = TempFolder.HashOf(Repo);

        var result = ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: ./ is the current folder; choose another output folder, such as _site/", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error);
        Assert.Equal(before, TempFolder.HashOf(Repo));
        Assert.Equal([".git", "content", "src"], Directory.EnumerateFileSystemEntries(Repo).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_an_output_that_contains_the_current_folder_then_it_exits_2()
    {
        var result = ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", "..");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: ../ contains the current folder", result.Error);
        Assert.True(File.Exists(Path.Combine(Repo, "src", "Program.cs")));
    }

    [Fact]
    public void Given_the_home_folder_as_output_then_it_exits_2_whatever_it_holds()
    {
        var home = _temp.Combine("home");
        Directory.CreateDirectory(home);

        var result = ProcessRunner.RoadmapSiteIn(Repo, new Dictionary<string, string> { ["HOME"] = home, ["USERPROFILE"] = home }, "build", "--output", home);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {home}/ is your home folder; choose another output folder", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home));
    }

    [Theory]
    [InlineData("themes/default", "is the theme folder")]
    [InlineData("themes/mine", "is the site theme folder")]
    [InlineData("themes", "contains the theme folder")]
    public void Given_a_theme_folder_as_output_then_it_exits_2_even_when_it_carries_the_marker(string output, string relation)
    {
        CopyFolder(Path.Combine(RepositoryPaths.Root, "themes", "default"), Path.Combine(Repo, "themes", "default"));
        _temp.Write("repo/themes/mine/assets/css/extra.css", "body { color: teal; }\n");
        _temp.Write("repo/content/site.yml", "theme: mine\n");
        foreach (var theme in new[] { "default", "mine" })
        {
            RoadmapSite.Pipelines.OutputFolderGuard.WriteMarker(Path.Combine(Repo, "themes", theme));
        }

        var before = TempFolder.HashOf(Path.Combine(Repo, "themes"));

        var result = ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {output}/ {relation}", result.Error);
        Assert.Equal(before, TempFolder.HashOf(Path.Combine(Repo, "themes")));
    }

    [Fact]
    public void Given_a_folder_with_a_file_of_the_user_then_it_exits_2_naming_the_folder_and_the_file()
    {
        _temp.Write("repo/_site/important.txt", "my notes");

        var result = ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", "_site");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: _site/ holds files RoadmapSite did not write (important.txt); choose an empty folder or remove it yourself", result.Error);
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(Repo, "_site", "important.txt")));
    }

    [Fact]
    public void Given_a_previous_site_carrying_the_marker_then_the_next_build_replaces_it()
    {
        Assert.Equal(0, ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", "_site", "--quiet").ExitCode);
        _temp.Write("repo/content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Second topic\n");

        var result = ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", "_site", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var page = File.ReadAllText(Path.Combine(Repo, "_site", "sections", "basics", "index.html"));
        Assert.Contains("Second topic", page);
        Assert.DoesNotContain("First topic", page);
    }

    [Fact]
    public void Given_a_failed_build_then_the_previous_site_is_left_byte_identical()
    {
        Assert.Equal(0, ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", "_site", "--quiet").ExitCode);
        var before = TempFolder.HashOf(Path.Combine(Repo, "_site"));
        _temp.Write("repo/content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] One {#same}\n- [ ] Two {#same}\n");

        var result = ProcessRunner.RoadmapSiteIn(Repo, NoEnvironment, "build", "--output", "_site", "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("_site/ was left as it was", result.Error);
        Assert.Equal(before, TempFolder.HashOf(Path.Combine(Repo, "_site")));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
