namespace RoadmapSite.Layout;

/// <summary>
/// The box and type sizes the layout measures with. The renderer draws with the same numbers (as SVG
/// presentation attributes) so a label always fits the box the layout made for it.
/// </summary>
internal static class NodeMetrics
{
    public const double ItemWidth = 220;
    public const double SpineWidth = 260;
    public const double PaddingX = 12;
    public const double PaddingY = 10;
    public const double StarsFontSize = 12;
    public const double StarsRowHeight = 16;
    public const int MaxLabelLines = 3;
    private const double LineHeightFactor = 1.3;

    public static double WidthOf(GraphNodeKind kind) =>
        kind is GraphNodeKind.Title or GraphNodeKind.Section ? SpineWidth : ItemWidth;

    public static double FontSizeOf(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Title => 20,
        GraphNodeKind.Section => 16,
        _ => 14,
    };

    public static double LineHeightOf(GraphNodeKind kind) => FontSizeOf(kind) * LineHeightFactor;

    /// <summary>How many ems of text fit on one line of the label.</summary>
    public static double LabelWidthInEms(GraphNodeKind kind) => (WidthOf(kind) - (2 * PaddingX)) / FontSizeOf(kind);

    public static bool ShowsStars(int? importance) => importance is > 0;

    public static double HeightOf(GraphNodeKind kind, int lineCount, int? importance) =>
        (2 * PaddingY) + (Math.Max(1, lineCount) * LineHeightOf(kind)) + (ShowsStars(importance) ? StarsRowHeight : 0);

    /// <summary>Baseline of label line <paramref name="index"/>, relative to the top of the box.</summary>
    public static double BaselineOf(GraphNodeKind kind, int index)
    {
        var lineHeight = LineHeightOf(kind);
        var fontSize = FontSizeOf(kind);

        // Half-leading above the glyphs, then roughly the ascent of a sans-serif face.
        return PaddingY + (index * lineHeight) + ((lineHeight - fontSize) / 2) + (fontSize * 0.8);
    }

    /// <summary>Baseline of the stars row, relative to the top of the box.</summary>
    public static double StarsBaselineOf(GraphNodeKind kind, int lineCount) =>
        PaddingY + (Math.Max(1, lineCount) * LineHeightOf(kind)) + ((StarsRowHeight - StarsFontSize) / 2) + (StarsFontSize * 0.8);
}
