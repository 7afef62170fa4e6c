namespace RoadmapSite.Model;

/// <summary>Adds up time estimates (minutes): items without one count for nothing; null when none of them has one.</summary>
internal static class Estimates
{
    public static int? Sum(IEnumerable<int?> minutes)
    {
        long total = 0;
        var any = false;
        foreach (var value in minutes)
        {
            if (value is { } known)
            {
                total += known;
                any = true;
            }
        }

        return any ? (int)Math.Min(total, int.MaxValue) : null;
    }

    public static int? Total(IEnumerable<RoadmapItem> topLevel) => Sum(topLevel.Select(item => item.TotalMinutes));
}
