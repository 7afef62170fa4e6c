using RoadmapSite.Tests.Support;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

/// <summary>The engine replaces an output folder only when that deletes nothing but an earlier site of its own.</summary>
public sealed class OutputFolderSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private bool _pipelineRan;

    public void Dispose() => _folder.Dispose();

    private string Content => Path.Combine(_folder.Path, "content");

    [Fact]
    public async Task Given_no_output_folder_when_built_then_the_site_carries_the_marker()
    {
        var result = await BuildAsync(_folder.Output);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.True(File.Exists(Path.Combine(_folder.Output, OutputFolderGuard.MarkerFileName)));
        Assert.Equal("content of index.html", _folder.ReadOutput("index.html"));
    }

    [Fact]
    public async Task Given_an_empty_output_folder_when_built_then_it_is_replaced()
    {
        Directory.CreateDirectory(_folder.Output);

        var result = await BuildAsync(_folder.Output);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("content of index.html", _folder.ReadOutput("index.html"));
    }

    [Fact]
    public async Task Given_a_previous_site_carrying_the_marker_when_built_then_it_is_replaced()
    {
        _folder.WritePreviousBuild();

        var result = await BuildAsync(_folder.Output);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(File.Exists(Path.Combine(_folder.Output, "marker.txt")));
        Assert.Equal("content of index.html", _folder.ReadOutput("index.html"));
        Assert.True(File.Exists(Path.Combine(_folder.Output, OutputFolderGuard.MarkerFileName)));
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task Given_a_folder_with_files_RoadmapSite_did_not_write_when_built_then_it_is_refused_before_any_work_and_left_alone()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Output, "photos"));
        File.WriteAllText(Path.Combine(_folder.Output, "important.txt"), "my notes");
        var before = TempFolder.HashOf(_folder.Output);

        var result = await BuildAsync(_folder.Output);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"error: {_folder.Output}/ holds files RoadmapSite did not write (important.txt, photos/); choose an empty folder or remove it yourself", error.ToString());
        Assert.IsAssignableFrom<IOException>(error.Exception);
        Assert.False(_pipelineRan);
        Assert.Equal(before, TempFolder.HashOf(_folder.Output));
        Assert.True(Directory.Exists(Path.Combine(_folder.Output, "photos")));
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task Given_many_foreign_files_then_the_message_names_the_first_three_and_an_ellipsis()
    {
        Directory.CreateDirectory(_folder.Output);
        foreach (var name in new[] { "d.txt", "a.txt", "c.txt", "b.txt" })
        {
            File.WriteAllText(Path.Combine(_folder.Output, name), name);
        }

        var result = await BuildAsync(_folder.Output);

        Assert.Contains("(a.txt, b.txt, c.txt, …)", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Given_a_failed_build_then_the_previous_site_is_left_byte_identical()
    {
        Assert.True((await BuildAsync(_folder.Output)).Succeeded);
        var before = TempFolder.HashOf(_folder.Output);
        var broken = new Pipeline("Pages") { Process = [Modules.Create("index.html", "other.html"), Modules.Throw("bad page")], Output = [new WriteFiles()] };

        var result = await Engine.RunAsync([broken], Options(_folder.Output));

        Assert.False(result.Succeeded);
        Assert.Equal(before, TempFolder.HashOf(_folder.Output));
        Assert.Empty(_folder.Leftovers);
    }

    [Theory]
    [InlineData("content", "is")]
    [InlineData(".", "contains")]
    [InlineData("content/site", "lies inside")]
    [InlineData("content/sub/../site", "lies inside")]
    public async Task Given_an_output_that_is_contains_or_lies_inside_the_content_folder_then_it_is_always_refused(string output, string relation)
    {
        WritePreviousBuild(Path.Combine(_folder.Path, "content", "site"));
        Directory.CreateDirectory(Path.Combine(Content, "sub"));
        File.WriteAllText(Path.Combine(Content, "roadmap.md"), "# R\n");
        var before = TempFolder.HashOf(_folder.Path);

        var result = await BuildAsync(Path.Combine(_folder.Path, output));

        Assert.Contains($" {relation} the content folder ({Content}/); choose another output folder", Assert.Single(result.Errors).Message);
        Assert.False(_pipelineRan);
        Assert.Equal(before, TempFolder.HashOf(_folder.Path));
    }

    [Fact]
    public async Task Given_an_output_reached_through_a_symbolic_link_into_the_content_folder_then_it_is_refused()
    {
        Directory.CreateDirectory(Content);
        File.WriteAllText(Path.Combine(Content, "roadmap.md"), "# R\n");
        var link = Path.Combine(_folder.Path, "link");
        Directory.CreateSymbolicLink(link, Content);

        var result = await BuildAsync(Path.Combine(link, "site"));

        Assert.Contains("lies inside the content folder", Assert.Single(result.Errors).Message);
        Assert.False(Directory.Exists(Path.Combine(Content, "site")));
    }

    [Fact]
    public async Task Given_an_output_that_is_a_link_to_an_earlier_site_then_the_site_it_points_to_is_replaced_and_the_link_kept()
    {
        var target = Path.Combine(_folder.Path, "published");
        WritePreviousBuild(target);
        Directory.CreateSymbolicLink(_folder.Output, target);

        var result = await BuildAsync(_folder.Output);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(target, new DirectoryInfo(_folder.Output).LinkTarget);
        Assert.Equal("content of index.html", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.False(File.Exists(Path.Combine(target, "marker.txt")));
    }

    [Fact]
    public async Task Given_a_theme_folder_as_output_then_it_is_refused_even_when_it_looks_like_our_output()
    {
        var theme = Path.Combine(_folder.Path, "themes", "mine");
        WritePreviousBuild(theme);
        var options = Options(theme) with { ProtectedPaths = [new ProtectedPath(theme, "site theme folder")] };

        var result = await Engine.RunAsync([Pages()], options);

        Assert.Contains("is the site theme folder", Assert.Single(result.Errors).Message);
        Assert.True(File.Exists(Path.Combine(theme, "marker.txt")));
    }

    [Fact]
    public async Task Given_a_folder_holding_a_git_repository_then_it_is_refused_even_when_it_carries_the_marker()
    {
        _folder.WritePreviousBuild();
        Directory.CreateDirectory(Path.Combine(_folder.Output, ".git"));
        var nested = Path.Combine(_folder.Path, "nested");
        WritePreviousBuild(nested);
        Directory.CreateDirectory(Path.Combine(nested, "deploy", ".git"));

        var top = await BuildAsync(_folder.Output);
        var inside = await BuildAsync(nested);

        Assert.Contains("holds a Git repository (.git)", Assert.Single(top.Errors).Message);
        Assert.Contains($"holds a Git repository (deploy{Path.DirectorySeparatorChar}.git)", Assert.Single(inside.Errors).Message);
        Assert.True(Directory.Exists(Path.Combine(_folder.Output, ".git")) && Directory.Exists(Path.Combine(nested, "deploy", ".git")));
    }

    [Fact]
    public async Task Given_a_file_system_root_or_a_file_as_output_then_it_is_refused()
    {
        var file = Path.Combine(_folder.Path, "a-file");
        File.WriteAllText(file, "not a folder");

        var root = await BuildAsync(Path.GetPathRoot(_folder.Path)!);
        var onFile = await BuildAsync(file);

        Assert.Contains("is a file-system root", Assert.Single(root.Errors).Message);
        Assert.Contains("is a file, not a folder", Assert.Single(onFile.Errors).Message);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task Given_a_pipeline_writing_the_marker_file_then_the_build_fails_on_the_conflict()
    {
        var pages = new Pipeline("Pages") { Process = [Modules.Create(OutputFolderGuard.MarkerFileName)], Output = [new WriteFiles()] };

        var result = await Engine.RunAsync([pages], Options(_folder.Output));

        Assert.Contains($"'{OutputFolderGuard.MarkerFileName}' is written by pipelines 'Engine' and 'Pages'", Assert.Single(result.Errors).Message);
    }

    private static void WritePreviousBuild(string folder)
    {
        Directory.CreateDirectory(folder);
        OutputFolderGuard.WriteMarker(folder);
        File.WriteAllText(Path.Combine(folder, "marker.txt"), "previous build");
    }

    private Pipeline Pages() => new("Pages")
    {
        Input = [Modules.Do(_ => _pipelineRan = true)],
        Process = [Modules.Create("index.html")],
        Output = [new WriteFiles()],
    };

    private EngineOptions Options(string output) =>
        new() { OutputDirectory = output, ProtectedPaths = [new ProtectedPath(Content, "content folder")] };

    private Task<BuildResult> BuildAsync(string output) => Engine.RunAsync([Pages()], Options(output));
}
