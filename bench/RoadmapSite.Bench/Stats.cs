namespace RoadmapSite.Bench;

/// <summary>The figures reported for a set of runs: median, minimum and maximum.</summary>
public sealed record Stats(double Median, double Min, double Max, int Count)
{
    public static Stats Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return new Stats(double.NaN, double.NaN, double.NaN, 0);
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Stats(median, sorted[0], sorted[^1], sorted.Length);
    }

    public string Seconds => $"{Median / 1000:0.000} s";

    public string SecondsRange => $"{Min / 1000:0.000}–{Max / 1000:0.000} s";

    public string Millis => $"{Median:0.0} ms";

    public string MillisRange => $"{Min:0.0}–{Max:0.0} ms";
}
