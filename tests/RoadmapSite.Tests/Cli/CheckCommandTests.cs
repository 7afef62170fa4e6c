using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoadmapSite.Tests.Pipelines;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Cli;

/// <summary>Runs the built <c>roadmap-site</c> (copied beside the tests by the project reference) as a user would.</summary>
public sealed partial class CheckCommandTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.CorpusFiles)
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Given_the_default_content_when_checked_then_it_exits_0_with_a_summary_line()
    {
        var result = Run("check", RepositoryPaths.DefaultContent);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"content: 12 sections, 169 items \(168 trackable\), 0 errors, 0 warnings", result.Output);
    }

    [Fact]
    public void Given_a_file_with_an_error_when_checked_then_it_exits_1_with_a_compiler_style_line()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "broken.md");
        File.WriteAllText(file, "# R\n\n## S\n\n- [ ] One {#same}\n- [ ] Two {#same}\n- [~] Three\n");

        var result = Run("check", file);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Output.Split('\n'), line => DiagnosticLine().IsMatch(line) && line.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith(file + ":6:3: error: ", error, StringComparison.Ordinal);
        Assert.EndsWith("[RS004]", error.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(result.Output.Split('\n'), line => line.StartsWith(file + ":7:3: warning: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_only_warnings_when_checked_then_it_exits_0()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "warned.md");
        File.WriteAllText(file, "# R\n\n## S\n\n- [ ] 🟠 Odd marker\n");

        var result = Run("check", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 warnings", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_path_when_checked_then_it_exits_2()
    {
        var result = Run("check", Path.Combine(Path.GetTempPath(), "roadmapsite-does-not-exist-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_option_when_run_then_it_exits_2()
    {
        Assert.Equal(2, Run("check", "--no-such-option").ExitCode);
    }

    [Fact]
    public void Given_json_output_when_checked_then_it_prints_valid_json_with_the_diagnostic_fields()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "broken.md");
        File.WriteAllText(file, "# R\n\n## S\n\n- [ ] One {#same}\n- [ ] Two {#same}\n");

        var result = Run("check", file, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var report = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(1, report.GetProperty("sections").GetInt32());
        Assert.Equal(2, report.GetProperty("items").GetInt32());
        var diagnostic = Assert.Single(report.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("RS004", diagnostic.GetProperty("code").GetString());
        Assert.Equal(file, diagnostic.GetProperty("file").GetString());
        Assert.Equal(6, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(3, diagnostic.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrEmpty(diagnostic.GetProperty("message").GetString()));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Given_a_corpus_file_when_checked_then_it_never_exits_2_nor_crashes(string file)
    {
        var result = Run("check", file);

        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}\n{result.Error}");
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.Contains(" sections, ", result.Output, StringComparison.Ordinal);
    }

    /// <summary><c>file:line:col: error|warning: message [RSxxx]</c>.</summary>
    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning): .+ \[RS\d{3}\]\s*$")]
    private static partial Regex DiagnosticLine();

    private static (int ExitCode, string Output, string Error) Run(params string[] arguments) => ProcessRunner.RoadmapSite(arguments);
}
