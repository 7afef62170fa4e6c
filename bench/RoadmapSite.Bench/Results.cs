namespace RoadmapSite.Bench;

/// <summary>Whole-process builds of one input: RoadmapSite and Hugo, interleaved, times in ms and peak memory in KB.</summary>
public sealed record BuildMeasurement(
    string Name,
    int Items,
    long MarkdownBytes,
    Stats RoadmapSite,
    Stats RoadmapSiteCpu,
    long RoadmapSitePeakKb,
    Stats? Hugo,
    Stats? HugoCpu,
    long HugoPeakKb,
    string RoadmapSiteCommand,
    string? HugoCommand,
    string GenerateCommand)
{
    /// <summary>Items found on the built whole-tree page: a check that the build published everything it timed.</summary>
    public int TreePageItems { get; init; } = -1;

    /// <summary>RoadmapSite / Hugo for each interleaved pair of runs: both saw the same machine state, so its median
    /// is steadier than the ratio of two medians when other processes share the cores.</summary>
    public Stats? PairwiseRatio { get; init; }
}

/// <summary>Markdig alone on the same Markdown: steady state in process, and as a whole process (read, convert, write).</summary>
public sealed record MarkdigMeasurement(string Name, long MarkdownBytes, Stats Warm, Stats FirstCall, Stats WholeProcess);

/// <summary>Everything one <c>run</c> measured.</summary>
public sealed class Results
{
    public required bool Quick { get; init; }

    public required int Runs { get; init; }

    public required MachineInfo Machine { get; set; }

    public Stats? ProcessStart { get; set; }

    /// <summary><c>hugo version</c>, interleaved with <c>roadmap-site --version</c>.</summary>
    public Stats? HugoStart { get; set; }

    public List<BuildMeasurement> Builds { get; } = [];

    public List<MarkdigMeasurement> Markdig { get; } = [];

    public List<ShapeMeasurement> Shapes { get; } = [];

    public Dictionary<string, string> Timings { get; } = [];

    public List<PageLoad> Pages { get; } = [];

    public List<ToggleResult> Toggles { get; } = [];

    public List<BigMapResult> BigMaps { get; } = [];

    public string? BrowserSkipped { get; set; }

    public ServeResult? Serve { get; set; }

    public TimeSpan Duration { get; set; }

    public string LoadBefore { get; set; } = "";

    public string LoadAfter { get; set; } = "";
}
