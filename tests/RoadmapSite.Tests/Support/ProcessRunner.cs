using System.Diagnostics;

namespace RoadmapSite.Tests.Support;

/// <summary>Runs a program as a user would and collects its exit code and output.</summary>
public static class ProcessRunner
{
    /// <summary>The built <c>roadmap-site</c>, copied beside the tests by the project reference.</summary>
    public static string Cli { get; } = Path.Combine(AppContext.BaseDirectory, "roadmap-site.dll");

    public static (int ExitCode, string Output, string Error) RoadmapSite(params string[] arguments)
    {
        Assert.True(File.Exists(Cli), $"{Cli} not built");
        return Run("dotnet", [Cli, .. arguments]);
    }

    /// <summary>Runs <c>roadmap-site</c> from <paramref name="workingDirectory"/>, with <paramref name="environment"/> set on top of ours.</summary>
    public static (int ExitCode, string Output, string Error) RoadmapSiteIn(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        Assert.True(File.Exists(Cli), $"{Cli} not built");
        return Run("dotnet", [Cli, .. arguments], workingDirectory, environment: environment);
    }

    public static (int ExitCode, string Output, string Error) Run(
        string program, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 60, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish in {timeoutSeconds} s");
        }

        return (process.ExitCode, output, error.Result);
    }
}
