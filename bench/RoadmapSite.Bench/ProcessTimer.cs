using System.Diagnostics;
using System.Globalization;

namespace RoadmapSite.Bench;

/// <summary>One whole-process run: wall time from start to exit, and the peak resident memory (VmHWM).</summary>
public sealed record ProcessRun(double ElapsedMs, long PeakKb, int ExitCode, string Output)
{
    /// <summary>User + system CPU time in ms (from /usr/bin/time; -1 without it): less sensitive than wall time to other processes.</summary>
    public double CpuMs { get; init; } = -1;
}

/// <summary>
/// Runs a command as a whole process and times it. Peak memory comes from <c>/usr/bin/time -v</c>'s maximum resident
/// set size when it is installed, otherwise from polling <c>/proc/&lt;pid&gt;/status</c> (VmHWM) while the process runs.
/// </summary>
public static class ProcessTimer
{
    private const string GnuTime = "/usr/bin/time";

    public static ProcessRun Run(string fileName, IReadOnlyList<string> arguments, string? workingDirectory = null)
    {
        var useTime = File.Exists(GnuTime);
        var memoryFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(useTime ? GnuTime : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        if (useTime)
        {
            foreach (var argument in new[] { "-f", "%M %U %S", "-o", memoryFile, fileName })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var output = new System.Text.StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long polledPeak = 0;
        while (!process.WaitForExit(5))
        {
            if (!useTime)
            {
                polledPeak = Math.Max(polledPeak, ReadHighWaterMark(process.Id));
            }
        }

        stopwatch.Stop();
        process.WaitForExit();
        var peak = polledPeak;
        var cpu = -1.0;
        if (useTime)
        {
            var last = File.ReadAllLines(memoryFile).LastOrDefault(line => line.Length > 0 && char.IsDigit(line[0]));
            var fields = last?.Trim().Split(' ') ?? [];
            peak = fields.Length > 0 ? long.Parse(fields[0], CultureInfo.InvariantCulture) : 0;
            cpu = fields.Length == 3 ? (double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture)) * 1000 : -1;
        }

        File.Delete(memoryFile);
        return new ProcessRun(stopwatch.Elapsed.TotalMilliseconds, peak, process.ExitCode, output.ToString()) { CpuMs = cpu };
    }

    public static ProcessRun RunChecked(string fileName, params string[] arguments)
    {
        var run = Run(fileName, arguments);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {run.ExitCode}:\n{run.Output}");
        }

        return run;
    }

    private static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between two polls.
        }

        return 0;
    }
}
