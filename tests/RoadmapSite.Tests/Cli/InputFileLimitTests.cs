using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Cli;

/// <summary>Input that is not a roadmap-sized ordinary file is refused with exit 2 and a message, never read until memory runs out or forever.</summary>
public sealed class InputFileLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Given_a_device_when_checked_then_it_exits_2_saying_it_is_not_a_regular_file()
    {
        var result = ProcessRunner.RoadmapSite("check", "/dev/zero");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: /dev/zero: not a regular file", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error);
    }

    [Fact]
    public void Given_a_named_pipe_as_content_when_built_then_it_exits_2_without_waiting_for_a_writer()
    {
        var pipe = MakeFifo("roadmap.md");

        var result = ProcessRunner.RoadmapSite("build", "--content", pipe, "--output", _temp.Combine("site"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {pipe}: not a regular file", result.Error);
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Fact]
    public void Given_a_content_folder_holding_a_named_pipe_when_checked_then_it_exits_2_naming_it()
    {
        _temp.Write("content/a.md", "# R\n\n## S\n\n- [ ] Topic\n");
        var pipe = MakeFifo(Path.Combine("content", "b.md"));

        var result = ProcessRunner.RoadmapSite("check", _temp.Combine("content"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {pipe}: not a regular file", result.Error);
    }

    [Fact]
    public void Given_a_file_above_16_MiB_when_checked_then_it_exits_2_naming_the_limit()
    {
        var file = _temp.Combine("huge.md");
        using (var stream = File.Create(file))
        {
            stream.SetLength(16 * 1024 * 1024 + 1);
        }

        var result = ProcessRunner.RoadmapSite("check", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {file}: larger than 16 MiB, the most a content file may hold", result.Error);
    }

    private string MakeFifo(string relativePath)
    {
        var path = _temp.Combine(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(0, ProcessRunner.Run("mkfifo", [path]).ExitCode);
        return path;
    }
}
