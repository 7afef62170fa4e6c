using System.Globalization;
using System.Text;
using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// Draws a <see cref="GraphLayout"/> as an inline <c>&lt;svg&gt;</c> element. Styling is left to the theme through
/// classes; there is no <c>style</c> attribute or element because the site's Content-Security-Policy forbids inline
/// styles. The only presentation attributes are the ones the geometry depends on (font size, text anchor) and
/// <c>fill="none"</c> on edges so they read as lines even before the theme loads. Nodes carry no
/// <c>data-state</c>: the progress script sets it.
/// </summary>
internal static class SvgGraphRenderer
{
    private const double CornerRadius = 6;

    /// <summary>
    /// Renders <paramref name="layout"/>. <paramref name="href"/> gives the link target of title, section, item and
    /// group nodes (return an empty string to draw a node without a link); it is never asked for placeholders,
    /// which are never links.
    /// </summary>
    public static string Render(GraphLayout layout, Func<GraphNode, string> href, string ariaLabel)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(ariaLabel);

        var svg = new StringBuilder();
        var (width, height) = (F(layout.Width), F(layout.Height));
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"roadmap-graph\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-label=\"{Escape(ariaLabel)}\">\n");
        svg.Append($"<title>{Escape(ariaLabel)}</title>\n");

        svg.Append("<g aria-hidden=\"true\">\n");
        foreach (var edge in layout.Edges)
        {
            AppendEdge(svg, edge);
        }

        svg.Append("</g>\n<g>\n");
        foreach (var node in layout.Nodes)
        {
            AppendNode(svg, node, href);
        }

        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    /// <summary>The node's accessible name: title, then difficulty and importance in words.</summary>
    public static string AccessibleNameOf(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var facts = new List<string>();
        switch (node.Kind)
        {
            case GraphNodeKind.Title:
                return node.FullTitle;
            case GraphNodeKind.Section:
                return node.FullTitle + " — section";
            case GraphNodeKind.Group:
                facts.Add("group");
                break;
        }

        facts.Add(node.Difficulty switch
        {
            Difficulty.Easy => "easy",
            Difficulty.Medium => "medium",
            Difficulty.Hard => "hard",
            _ => "difficulty not marked",
        });
        if (node.Importance is { } importance)
        {
            facts.Add($"importance {importance.ToString(CultureInfo.InvariantCulture)} of 3");
        }

        return node.FullTitle + " — " + string.Join(", ", facts);
    }

    private static void AppendEdge(StringBuilder svg, GraphEdge edge)
    {
        var points = edge.Points;
        var path = new StringBuilder($"M{F(points[0].X)} {F(points[0].Y)}");
        if (edge.Shape == GraphEdgeShape.CubicBezier && points.Length == 4)
        {
            path.Append($" C{F(points[1].X)} {F(points[1].Y)} {F(points[2].X)} {F(points[2].Y)} {F(points[3].X)} {F(points[3].Y)}");
        }
        else
        {
            foreach (var point in points.Skip(1))
            {
                path.Append($" L{F(point.X)} {F(point.Y)}");
            }
        }

        var classes = edge.IsSpine ? "graph-edge graph-edge--spine" : "graph-edge";
        svg.Append($"<path class=\"{classes}\" d=\"{path}\" fill=\"none\"/>\n");
    }

    private static void AppendNode(StringBuilder svg, GraphNode node, Func<GraphNode, string> href)
    {
        var classes = $"graph-node graph-node--{KindClass(node.Kind)} difficulty-{DifficultyClass(node.Difficulty)}";
        var ids = node.ItemId is not null
            ? $" data-item-id=\"{Escape(node.ItemId)}\""
            : node.Kind == GraphNodeKind.Section && node.SectionId is not null
                ? $" data-section-id=\"{Escape(node.SectionId)}\""
                : "";
        var target = node.Kind == GraphNodeKind.Placeholder ? "" : href(node) ?? "";
        var element = target.Length > 0 ? "a" : "g";
        var accessibility = node.Kind == GraphNodeKind.Placeholder
            ? " aria-hidden=\"true\""
            : $" aria-label=\"{Escape(AccessibleNameOf(node))}\"";
        var link = target.Length > 0 ? $" href=\"{Escape(target)}\"" : "";
        if (element == "g" && node.Kind != GraphNodeKind.Placeholder)
        {
            // A group element has no implicit role, and aria-label is only announced on elements that have one.
            accessibility = " role=\"img\"" + accessibility;
        }

        svg.Append($"<{element} class=\"{classes}\"{link}{ids}{accessibility}>");
        svg.Append($"<title>{Escape(node.FullTitle)}</title>");
        svg.Append($"<rect class=\"graph-node__box\" x=\"{F(node.X)}\" y=\"{F(node.Y)}\" width=\"{F(node.Width)}\" height=\"{F(node.Height)}\" rx=\"{F(CornerRadius)}\"/>");

        var centreX = F(node.X + (node.Width / 2));
        svg.Append($"<text class=\"graph-node__label\" text-anchor=\"middle\" font-size=\"{F(NodeMetrics.FontSizeOf(node.Kind))}\">");
        for (var i = 0; i < node.LabelLines.Length; i++)
        {
            var baseline = F(node.Y + NodeMetrics.BaselineOf(node.Kind, i));
            if (i > 0)
            {
                // Without a space between lines the label's text reads "BestPractices", which no longer matches
                // the node's aria-label (WCAG 2.5.3, axe: label-content-name-mismatch) and breaks find-in-page.
                svg.Append(' ');
            }

            svg.Append($"<tspan x=\"{centreX}\" y=\"{baseline}\">{Escape(node.LabelLines[i])}</tspan>");
        }

        svg.Append("</text>");
        if (NodeMetrics.ShowsStars(node.Importance))
        {
            var baseline = F(node.Y + NodeMetrics.StarsBaselineOf(node.Kind, node.LabelLines.Length));
            var stars = new string('★', node.Importance!.Value);
            svg.Append($"<text class=\"graph-node__stars\" aria-hidden=\"true\" x=\"{centreX}\" y=\"{baseline}\" text-anchor=\"middle\" font-size=\"{F(NodeMetrics.StarsFontSize)}\">{stars}</text>");
        }

        svg.Append($"</{element}>\n");
    }

    private static string KindClass(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Title => "title",
        GraphNodeKind.Section => "section",
        GraphNodeKind.Group => "group",
        GraphNodeKind.Placeholder => "placeholder",
        _ => "item",
    };

    private static string DifficultyClass(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "easy",
        Difficulty.Medium => "medium",
        Difficulty.Hard => "hard",
        _ => "none",
    };

    private static string F(double value) =>
        (Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Escapes text for both element content and double-quoted attributes, and drops what XML 1.0 cannot hold at all
    /// (most control characters, lone surrogates), so the output always parses.
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '\t' or '\n' or '\r': escaped.Append(' '); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    escaped.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
