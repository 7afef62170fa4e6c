using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Cli;

public sealed class NewAndToolTests
{
    [Fact]
    public void Given_new_when_the_scaffold_is_checked_and_built_then_both_succeed_and_every_file_is_there()
    {
        using var temp = new TempFolder();
        var root = temp.Combine("my-roadmap");

        var created = ProcessRunner.RoadmapSite("new", root);
        Assert.Equal(0, created.ExitCode);
        foreach (var file in new[] { "content/roadmap.md", "content/site.yml", ".github/workflows/pages.yml", "netlify.toml", ".config/dotnet-tools.json", "README.md", ".gitignore" })
        {
            Assert.True(File.Exists(Path.Combine(root, file)), file + " missing");
        }

        Assert.Contains("site_id: my-roadmap", File.ReadAllText(Path.Combine(root, "content", "site.yml")));
        var check = ProcessRunner.RoadmapSite("check", Path.Combine(root, "content"));
        Assert.Equal((0, true), (check.ExitCode, check.Output.Contains("0 errors, 0 warnings", StringComparison.Ordinal)));
        var build = ProcessRunner.RoadmapSite("build", "--content", Path.Combine(root, "content"), "--output", Path.Combine(root, "_site"), "--quiet");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(root, "_site", "sections", "foundations", "index.html")));
    }

    [Fact]
    public void Given_a_folder_that_is_not_empty_when_new_then_it_refuses_with_exit_code_2()
    {
        using var temp = new TempFolder();
        temp.Write("existing/file.txt", "mine");

        var result = ProcessRunner.RoadmapSite("new", temp.Combine("existing"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not empty", result.Error);
        Assert.Equal("mine", File.ReadAllText(temp.Combine("existing", "file.txt")));
    }

    [Fact]
    public void Given_the_framework_dependent_tool_package_when_installed_from_a_local_folder_then_it_builds_the_default_roadmap_without_the_repository()
    {
        using var temp = new TempFolder();
        var project = Path.Combine(RepositoryPaths.Root, "src", "RoadmapSite.Cli");
        // A version of its own, so NuGet's cache can never hand back an older build of the tool.
        var version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
        // The `any` package is what platforms without a native package get. Here the pointer package lists only it, so
        // the install takes it on this platform too; the native packages are packed and checked by .ci/run (AOT takes minutes).
        var pointer = ProcessRunner.Run("dotnet", ["pack", project, "-c", "Release", "-o", temp.Combine("packages"), "-p:Version=" + version, "-p:ToolPackageRuntimeIdentifiers=any"], timeoutSeconds: 300);
        Assert.True(pointer.ExitCode == 0, pointer.Output + pointer.Error);
        var pack = ProcessRunner.Run("dotnet", ["pack", project, "-c", "Release", "-r", "any", "-p:PublishAot=false", "-o", temp.Combine("packages"), "-p:Version=" + version], timeoutSeconds: 300);
        Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
        var install = ProcessRunner.Run("dotnet", ["tool", "install", "--tool-path", temp.Combine("tools"), "--add-source", temp.Combine("packages"), "--version", version, "RoadmapSite.Tool"], timeoutSeconds: 300);
        Assert.True(install.ExitCode == 0, install.Output + install.Error);

        // A folder with only the content: the theme must come with the tool.
        Directory.CreateDirectory(temp.Combine("fork"));
        File.Copy(RepositoryPaths.DefaultRoadmap, temp.Combine("fork", "roadmap.md"));
        var build = ProcessRunner.Run(temp.Combine("tools", "roadmap-site"), ["build", "--content", temp.Combine("fork"), "--output", temp.Combine("site"), "--quiet"], temp.Path);

        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.True(File.Exists(temp.Combine("site", "sections", "database-management", "index.html")));
    }
}
