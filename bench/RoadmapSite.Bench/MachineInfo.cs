using System.Runtime.InteropServices;

namespace RoadmapSite.Bench;

/// <summary>What the figures were measured on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string Os, string Dotnet, string Hugo, string Chromium)
{
    public static MachineInfo Describe()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadField("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        var memory = long.TryParse(memKb, out var kb) ? $"{kb / 1024.0 / 1024.0:0.0} GiB" : "unknown";
        var os = ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        return new MachineInfo(
            cpu,
            Environment.ProcessorCount,
            memory,
            $"{os} ({RuntimeInformation.OSDescription})",
            FirstLine("dotnet", "--version"),
            HugoSite.Available ? FirstLine(HugoSite.Executable, "version") : "not installed",
            BrowserBench.FindChromium() ?? "not installed");
    }

    /// <summary>1, 5 and 15 minute load averages: how busy the machine was (other processes skew every figure).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ReadField(string file, string name, char separator = ':')
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == name)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }

    private static string FirstLine(string command, string argument)
    {
        try
        {
            var run = ProcessTimer.Run(command, [argument]);
            return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
