using System.Globalization;
using System.Security;
using System.Text;

namespace RoadmapSite.Badges;

/// <summary>The two colour schemes a badge is drawn in: one file each, so a README picks with <c>&lt;picture&gt;</c>.</summary>
internal enum BadgeScheme
{
    Light,
    Dark,
}

/// <summary>
/// A progress badge in the style of shields.io's "flat" badges: a grey label (the roadmap's or section's title)
/// and a coloured value (<c>42/168 · 25%</c>), 20 px high, boxes as wide as their text in 11px Verdana
/// (<see cref="VerdanaWidths"/>), with a <c>&lt;title&gt;</c> and <c>aria-label</c> for screen readers. The value's
/// colour goes from grey (nothing done) through orange and yellow to green (all done), as shields.io's coverage badges do.
/// </summary>
internal static class ProgressBadge
{
    private const int Height = 20;
    private const int Padding = 6;

    /// <summary>The longest label drawn whole; a longer title is cut at a word and ends in "…".</summary>
    public const int MaxLabelLength = 40;

    public static string Value(int done, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{done}/{total} · {Percent(done, total)}%");

    public static int Percent(int done, int total) => total == 0 ? 0 : (int)Math.Floor(done * 100.0 / total);

    /// <param name="describe">The accessible name after the label, in the site's language ("2 of 4 done, 50%"); English when null.</param>
    public static string Render(string title, int done, int total, BadgeScheme scheme, Func<int, int, int, string>? describe = null)
    {
        var label = Shorten(title.Trim().Length > 0 ? title.Trim() : "Roadmap");
        var value = Value(done, total);
        var labelWidth = (int)Math.Round(VerdanaWidths.Measure(label)) + (2 * Padding);
        var valueWidth = (int)Math.Round(VerdanaWidths.Measure(value)) + (2 * Padding);
        var width = labelWidth + valueWidth;
        var (labelFill, valueFill, text, shadow) = Colours(Percent(done, total), total == 0, scheme);
        var accessible = Escape($"{label}: {(describe ?? English)(done, total, Percent(done, total))}");

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height}\" role=\"img\" aria-label=\"{accessible}\">");
        svg.Append("<title>").Append(accessible).Append("</title>");
        svg.Append("<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>");
        svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"r\"><rect width=\"{width}\" height=\"{Height}\" rx=\"3\" fill=\"#fff\"/></clipPath>");
        svg.Append(CultureInfo.InvariantCulture, $"<g clip-path=\"url(#r)\"><rect width=\"{labelWidth}\" height=\"{Height}\" fill=\"{labelFill}\"/><rect x=\"{labelWidth}\" width=\"{valueWidth}\" height=\"{Height}\" fill=\"{valueFill}\"/><rect width=\"{width}\" height=\"{Height}\" fill=\"url(#s)\"/></g>");
        svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{text}\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" text-rendering=\"geometricPrecision\" font-size=\"11\">");
        AppendText(svg, label, labelWidth / 2.0, labelWidth - (2 * Padding), shadow);
        AppendText(svg, value, labelWidth + (valueWidth / 2.0), valueWidth - (2 * Padding), shadow);
        svg.Append("</g></svg>\n");
        return svg.ToString();
    }

    private static void AppendText(StringBuilder svg, string text, double x, int length, string shadow)
    {
        var escaped = Escape(text);
        svg.Append(CultureInfo.InvariantCulture, $"<text aria-hidden=\"true\" x=\"{x:0.#}\" y=\"15\" fill=\"{shadow}\" fill-opacity=\".3\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\">{escaped}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text aria-hidden=\"true\" x=\"{x:0.#}\" y=\"14\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\">{escaped}</text>");
    }

    /// <summary>(label background, value background, text, text shadow).</summary>
    private static (string, string, string, string) Colours(int percent, bool empty, BadgeScheme scheme)
    {
        var light = scheme == BadgeScheme.Light;
        var value = empty || percent == 0 ? (light ? "#9f9f9f" : "#6e7681")
            : percent >= 100 ? (light ? "#4c1" : "#238636")
            : percent >= 75 ? (light ? "#97ca00" : "#2ea043")
            : percent >= 50 ? (light ? "#a4a61d" : "#7d8a1f")
            : percent >= 25 ? (light ? "#dfb317" : "#9e6a03")
            : light ? "#fe7d37" : "#bd561d";
        return light ? ("#555", value, "#fff", "#010101") : ("#30363d", value, "#f0f6fc", "#010409");
    }

    private static string Shorten(string title)
    {
        if (title.Length <= MaxLabelLength)
        {
            return title;
        }

        var cut = title[..MaxLabelLength];
        var space = cut.LastIndexOf(' ');
        return (space > MaxLabelLength / 2 ? cut[..space] : cut).TrimEnd(' ', ',', ':', '-', '–') + "…";
    }

    private static string English(int done, int total, int percent) => string.Create(CultureInfo.InvariantCulture, $"{done} of {total} done, {percent}%");

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
