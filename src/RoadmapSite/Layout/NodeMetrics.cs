namespace RoadmapSite.Layout;

/// <summary>
/// The box and type sizes the layout measures with; the theme's stylesheet draws labels at these sizes or smaller, so
/// a label always fits the box the layout made for it. <c>level</c> is 0 for a section's topics, 1 for their
/// subtopics and so on: subtopics are indented and drawn smaller (narrower and with less padding; the same type size,
/// so no label is ever smaller than a topic's).
/// </summary>
internal static class NodeMetrics
{
    public const double ItemWidth = 220;
    public const double SpineWidth = 260;
    public const double PaddingX = 12;
    public const double PaddingY = 10;
    public const double SubtopicPaddingY = 6;
    public const double StarsFontSize = 12;
    public const double StarsRowHeight = 16;
    public const int MaxLabelLines = 3;

    /// <summary>How far each level of subtopics is indented, up to <see cref="MaxIndentLevels"/> levels.</summary>
    public const double Indent = 16;
    public const int MaxIndentLevels = 3;

    /// <summary>The smallest label type size; the client never draws the map at a scale that takes it under 12 px.</summary>
    public const double SmallestFontSize = 14;
    private const double LineHeightFactor = 1.3;

    public static double IndentOf(int level) => Math.Min(level, MaxIndentLevels) * Indent;

    public static double WidthOf(GraphNodeKind kind, int level = 0) =>
        kind is GraphNodeKind.Title or GraphNodeKind.Section ? SpineWidth : ItemWidth - IndentOf(level);

    public static double FontSizeOf(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Title => 20,
        GraphNodeKind.Section => 16,
        _ => SmallestFontSize,
    };

    /// <summary>
    /// A label line's height in whole pixels (18, 21, 26): every box, baseline and edge then falls on a whole pixel, and
    /// the map's markup writes no fractions (2.9 KB of the default roadmap's index page were ".2" and ".6").
    /// </summary>
    public static double LineHeightOf(GraphNodeKind kind) => Pixel(FontSizeOf(kind) * LineHeightFactor);

    /// <summary>
    /// The whole pixel nearest <paramref name="value"/> (halves away from zero), never "-0": the layout's one rounding,
    /// so its output is byte-for-byte the same on every run and the map's markup writes no fractions.
    /// </summary>
    public static double Pixel(double value) => Math.Round(value, MidpointRounding.AwayFromZero) + 0.0;

    public static double PaddingYOf(GraphNodeKind kind, int level) =>
        level > 0 && kind is not (GraphNodeKind.Title or GraphNodeKind.Section) ? SubtopicPaddingY : PaddingY;

    /// <summary>How many ems of text fit on one line of the label.</summary>
    public static double LabelWidthInEms(GraphNodeKind kind, int level = 0) => (WidthOf(kind, level) - (2 * PaddingX)) / FontSizeOf(kind);

    public static bool ShowsStars(int? importance) => importance is > 0;

    /// <summary>
    /// A box's height: padding, label lines, and a row for the stars and for the subtopics' roll-up ("2 of 3", which the
    /// progress script writes at the row's right end) when the node has either.
    /// </summary>
    public static double HeightOf(GraphNodeKind kind, int level, int lineCount, int? importance, bool hasRollUp = false) =>
        (2 * PaddingYOf(kind, level)) + (Math.Max(1, lineCount) * LineHeightOf(kind)) + (ShowsStars(importance) || hasRollUp ? StarsRowHeight : 0);

    /// <summary>Baseline of label line <paramref name="index"/>, relative to the top of the box.</summary>
    public static double BaselineOf(GraphNodeKind kind, int level, int index)
    {
        var lineHeight = LineHeightOf(kind);
        var fontSize = FontSizeOf(kind);

        // Half-leading above the glyphs, then roughly the ascent of a sans-serif face.
        return PaddingYOf(kind, level) + (index * lineHeight) + Pixel(((lineHeight - fontSize) / 2) + (fontSize * 0.8));
    }

    /// <summary>Baseline of the stars row, relative to the top of the box.</summary>
    public static double StarsBaselineOf(GraphNodeKind kind, int level, int lineCount) =>
        PaddingYOf(kind, level) + (Math.Max(1, lineCount) * LineHeightOf(kind)) + Pixel(((StarsRowHeight - StarsFontSize) / 2) + (StarsFontSize * 0.8));
}
