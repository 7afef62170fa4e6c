using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void Given_the_default_roadmap_when_built_then_it_exits_0_with_a_summary()
    {
        using var temp = new TempFolder();

        var result = ProcessRunner.RoadmapSite("build", "--content", RepositoryPaths.DefaultContent, "--output", temp.Combine("site"), "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Built 16 pages, 169 items (168 trackable), 0 errors, 0 warnings", result.Output);
    }

    [Fact]
    public void Given_content_with_an_error_when_built_then_it_exits_1_naming_file_line_and_column_and_writes_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] A {#a}\n- [ ] B {#a}\n");

        var result = ProcessRunner.RoadmapSite("build", "--content", temp.Combine("content"), "--output", temp.Combine("site"), "--quiet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("roadmap.md:6:3: error: id 'a' is already used by another item [RS004]", result.Error);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Given_a_bad_site_yml_when_built_then_it_exits_1_naming_its_line_and_column()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# R\n\n## S\n\n- [ ] A\n");
        temp.Write("content/site.yml", "title: R\nfiles: 3\n");

        var result = ProcessRunner.RoadmapSite("build", "--content", temp.Combine("content"), "--output", temp.Combine("site"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("site.yml:2:8: error: files: expected a list of file names (like [roadmap.md]), got a number [RS100]", result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> CorpusFiles() => [.. RepositoryPaths.CorpusFiles];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Given_a_corpus_file_when_built_then_it_exits_0(string file)
    {
        using var temp = new TempFolder();

        var result = ProcessRunner.RoadmapSite("build", "--content", file, "--output", temp.Combine("site"), "--quiet");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Error}");
        Assert.True(File.Exists(temp.Combine("site", "index.html")));
    }

    [Fact]
    public void Given_a_missing_content_folder_or_an_output_that_cannot_be_written_then_it_exits_2()
    {
        using var temp = new TempFolder();
        var missing = ProcessRunner.RoadmapSite("build", "--content", temp.Combine("nope"), "--output", temp.Combine("site"));
        temp.Write("blocker", "a file where the output's parent folder should be");
        var unwritable = ProcessRunner.RoadmapSite("build", "--content", RepositoryPaths.DefaultContent, "--output", temp.Combine("blocker", "site"));

        Assert.Equal((2, 2), (missing.ExitCode, unwritable.ExitCode));
        Assert.Contains("no such file or folder", missing.Error);
        Assert.Contains("Cannot prepare the output folder", unwritable.Error);
    }
}
