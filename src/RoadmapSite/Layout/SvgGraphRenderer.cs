using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RoadmapSite.Model;

namespace RoadmapSite.Layout;

/// <summary>
/// Draws a <see cref="GraphLayout"/> as an inline <c>&lt;svg&gt;</c> element, kept small because the index page draws
/// every topic within a byte budget: each node is a group moved into place by one <c>transform</c> (its box and label
/// in local coordinates), the narrow layout's place rides along as <c>data-col</c> (graph.js swaps it in), the edges
/// of each layout are two paths, and sizes, colours and text alignment come from the theme's classes. There is no
/// <c>style</c> attribute or element because the site's Content-Security-Policy forbids inline styles;
/// <c>fill="none"</c> on the edges keeps them lines before the stylesheet loads. Nodes carry no <c>data-state</c>:
/// the progress script sets it. A map of more than <see cref="GraphPart.WholeUpTo"/> nodes is drawn in bands of whole
/// sections (<see cref="GraphPart"/>), one <c>&lt;svg&gt;</c> each inside one group, so the browser draws only what
/// is on screen; all but the first wait in a <c>&lt;noscript&gt;</c> until graph.js draws them; graph.js treats the
/// bands as one map.
/// </summary>
internal static class SvgGraphRenderer
{
    /// <summary>
    /// Renders <paramref name="layout"/>. <paramref name="href"/> gives the link target of title, section, item and
    /// group nodes (return an empty string to draw a node without a link); it is never asked for placeholders,
    /// which are never links.
    /// </summary>
    public static string Render(GraphLayout layout, Func<GraphNode, string> href, string ariaLabel, GraphLabels? labels = null)
    {
        var words = labels ?? GraphLabels.English;
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(href);
        ArgumentNullException.ThrowIfNull(ariaLabel);

        var column = layout.Column;
        if (column is not null && !column.Nodes.Select(n => n.Id).SequenceEqual(layout.Nodes.Select(n => n.Id), StringComparer.Ordinal))
        {
            throw new ArgumentException("The column layout must hold the same nodes in the same order.", nameof(layout));
        }

        var svg = new StringBuilder();
        var parts = GraphPart.Of(layout);
        if (parts.Length == 1)
        {
            var (width, height) = (F(layout.Width), F(layout.Height));
            var columnSize = column is null ? "" : $" data-col=\"0 0 {F(column.Width)} {F(column.Height)}\"";
            svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"roadmap-graph\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"{columnSize} role=\"group\" aria-label=\"{Escape(ariaLabel)}\">\n");
            svg.Append($"<title>{Escape(ariaLabel)}</title>\n");
            AppendPart(svg, layout, parts[0], whole: true, href, words);
            return svg.ToString();
        }

        // A large map in bands, one <svg> each (GraphPart): the group is the map, each band only a piece of its drawing.
        // Only the first band is markup the browser parses with the page. Every later one is the content of a
        // <noscript>, which a browser running scripts keeps as one text node, never parsed, and graph.js draws it
        // as the reader nears it or the page is idle: a page of 10,000 topics becomes usable before the browser
        // has built all of them. Without scripts, the same <noscript> is plain markup and the whole map shows.
        svg.Append($"<div class=\"roadmap-graph-parts\" role=\"group\" aria-label=\"{Escape(ariaLabel)}\">\n");
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var (width, top, height) = (F(layout.Width), F(part.Top), F(part.Height));
            var columnBox = column is null ? "" : $" data-col=\"0 {F(part.ColumnTop)} {F(column.Width)} {F(part.ColumnHeight)}\"";
            // A band waiting keeps its place: its box carries the drawing's viewBox and column box for graph.js.
            var (open, close) = i < GraphPart.DrawnWithPage ? ("", "") : ($" data-view=\"0 {top} {width} {height}\"{columnBox}><noscript", "</noscript>");
            // Each in a box of its own: the browser skips a box off screen (content-visibility), not an <svg>.
            svg.Append($"<div class=\"roadmap-graph-part\"{open}><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"roadmap-graph\" viewBox=\"0 {top} {width} {height}\" width=\"{width}\" height=\"{height}\"{columnBox} role=\"none\">\n");
            AppendPart(svg, layout, part, whole: false, href, words);
            svg.Append(close).Append("</div>\n");
        }

        svg.Append("</div>\n");
        return svg.ToString();
    }

    /// <summary>A band's edges and nodes, and the end of its <c>&lt;svg&gt;</c>; the edges of the whole map when <paramref name="whole"/>.</summary>
    private static void AppendPart(StringBuilder svg, GraphLayout layout, GraphPart part, bool whole, Func<GraphNode, string> href, GraphLabels words)
    {
        var column = layout.Column;
        AppendEdges(svg, layout, "graph-edges", whole ? null : edge => part.Crosses(edge, inColumn: false));
        if (column is not null)
        {
            AppendEdges(svg, column, "graph-edges graph-edges--column", whole ? null : edge => part.Crosses(edge, inColumn: true));
        }

        svg.Append("<g>\n");
        for (var i = part.First; i < part.First + part.Count; i++)
        {
            AppendNode(svg, layout.Nodes[i], column?.Nodes[i], href, words);
        }

        svg.Append("</g>\n</svg>\n");
    }

    /// <summary>The node's accessible name: title, then difficulty and importance in words.</summary>
    public static string AccessibleNameOf(GraphNode node, GraphLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        var words = labels ?? GraphLabels.English;
        var facts = new List<string>();
        switch (node.Kind)
        {
            case GraphNodeKind.Title:
                return node.FullTitle;
            case GraphNodeKind.Section:
                return string.Format(CultureInfo.InvariantCulture, words.Section, node.FullTitle);
            case GraphNodeKind.Group:
                facts.Add(words.Group);
                break;
        }

        facts.Add(node.Difficulty switch
        {
            Difficulty.Easy => words.Easy,
            Difficulty.Medium => words.Medium,
            Difficulty.Hard => words.Hard,
            _ => words.Unmarked,
        });
        if (node.Importance is { } importance)
        {
            facts.Add(words.Importance(importance));
        }

        return node.FullTitle + " — " + string.Join(", ", facts);
    }

    /// <summary>One path for the spine and one for every other edge: each edge a subpath, straight runs as H and V.</summary>
    private static void AppendEdges(StringBuilder svg, GraphLayout layout, string classes, Func<GraphEdge, bool>? drawn)
    {
        ImmutableArray<GraphEdge> edges = drawn is null ? layout.Edges : [.. layout.Edges.Where(drawn)];
        svg.Append($"<g class=\"{classes}\" aria-hidden=\"true\">");
        foreach (var spine in new[] { true, false })
        {
            var path = new StringBuilder();
            foreach (var edge in edges.Where(e => e.IsSpine == spine && e.FoldedBy is null))
            {
                AppendPath(path, edge);
            }

            if (path.Length > 0)
            {
                svg.Append($"<path class=\"{(spine ? "graph-edge graph-edge--spine" : "graph-edge")}\" d=\"{path}\" fill=\"none\"/>");
            }
        }

        // The edges a fold hides, one path per fold, shown with its nodes (graph.js).
        foreach (var folded in edges.Where(e => e.FoldedBy is not null).GroupBy(e => e.FoldedBy!, StringComparer.Ordinal))
        {
            var path = new StringBuilder();
            foreach (var edge in folded)
            {
                AppendPath(path, edge);
            }

            svg.Append($"<path class=\"graph-edge\" data-folded=\"{Escape(folded.Key)}\" d=\"{path}\" fill=\"none\"/>");
        }

        svg.Append("</g>\n");
    }

    private static void AppendPath(StringBuilder path, GraphEdge edge)
    {
        var points = edge.Points;
        path.Append($"M{F(points[0].X)} {F(points[0].Y)}");
        if (edge.Shape == GraphEdgeShape.CubicBezier && points.Length == 4)
        {
            path.Append($"C{F(points[1].X)} {F(points[1].Y)} {F(points[2].X)} {F(points[2].Y)} {F(points[3].X)} {F(points[3].Y)}");
            return;
        }

        for (var i = 1; i < points.Length; i++)
        {
            var (from, to) = (points[i - 1], points[i]);
            if (F(from.Y) == F(to.Y))
            {
                path.Append($"H{F(to.X)}");
            }
            else if (F(from.X) == F(to.X))
            {
                path.Append($"V{F(to.Y)}");
            }
            else
            {
                path.Append($"L{F(to.X)} {F(to.Y)}");
            }
        }
    }

    private static void AppendNode(StringBuilder svg, GraphNode node, GraphNode? inColumn, Func<GraphNode, string> href, GraphLabels words)
    {
        var foldedBy = node.FoldedBy is null ? "" : $" data-folded=\"{Escape(node.FoldedBy)}\"";
        if (node.Kind == GraphNodeKind.Fold)
        {
            // A button once graph.js has named it in the page's language; without the script it stays out of sight
            // and the nodes it folds are simply shown (their room is already laid out).
            var at = inColumn is null ? "" : $" data-col=\"{F(inColumn.X)} {F(inColumn.Y)}\"";
            svg.Append($"<g class=\"graph-node graph-node--fold graph-node--sub\" id=\"{Escape(node.Id)}\" data-folds=\"{node.Folds.ToString(CultureInfo.InvariantCulture)}\"{foldedBy} display=\"none\" transform=\"translate({F(node.X)} {F(node.Y)})\"{at}>");
            svg.Append($"<rect width=\"{F(node.Width)}\" height=\"{F(node.Height)}\"/><text x=\"{F(node.Width / 2)}\" y=\"{F(NodeMetrics.BaselineOf(GraphNodeKind.Item, 1, 0))}\"></text></g>\n");
            return;
        }

        var level = Math.Max(0, node.Depth - 1);
        var truncated = node.LabelLines.Length > 0 && node.LabelLines[^1].EndsWith('…');
        var classes = new StringBuilder("graph-node");
        if (node.Kind != GraphNodeKind.Item)
        {
            classes.Append(" graph-node--").Append(KindClass(node.Kind));
        }

        if (node.Depth > 1)
        {
            classes.Append(" graph-node--sub");
        }

        if (node.Difficulty != Difficulty.None)
        {
            classes.Append(" difficulty-").Append(DifficultyClass(node.Difficulty));
        }

        // A topic's id is its link's fragment, and graph.js names a topic from its label, difficulty and stars (adding
        // its progress as it changes): neither is written twice for every node of a map that must stay small.
        var ids = node.Kind == GraphNodeKind.Section && node.SectionId is not null
            ? $" data-section-id=\"{Escape(node.SectionId)}\""
            : "";
        var target = node.Kind == GraphNodeKind.Placeholder ? "" : href(node) ?? "";
        if (node.ItemId is not null && !target.EndsWith("#" + node.ItemId, StringComparison.Ordinal))
        {
            ids = $" data-item-id=\"{Escape(node.ItemId)}\"";
        }

        var element = target.Length > 0 ? "a" : "g";
        var namedByScript = element == "a" && node.ItemId is not null;
        var accessibility = node.Kind == GraphNodeKind.Placeholder
            ? " aria-hidden=\"true\""
            : namedByScript ? "" : $" aria-label=\"{Escape(AccessibleNameOf(node, words))}\"";
        var link = target.Length > 0 ? $" href=\"{Escape(target)}\"" : "";
        if (element == "g" && node.Kind != GraphNodeKind.Placeholder)
        {
            // A group element has no implicit role, and aria-label is only announced on elements that have one.
            accessibility = " role=\"img\"" + accessibility;
        }

        var place = $" transform=\"translate({F(node.X)} {F(node.Y)})\"";
        var columnPlace = inColumn is null ? "" : $" data-col=\"{F(inColumn.X)} {F(inColumn.Y)}\"";
        svg.Append($"<{element} class=\"{classes}\"{link}{ids}{accessibility}{foldedBy}{place}{columnPlace}>");
        if (truncated)
        {
            // The tooltip, and the name graph.js gives the node, show what the label had to cut short.
            svg.Append($"<title>{Escape(node.FullTitle)}</title>");
        }

        svg.Append($"<rect width=\"{F(node.Width)}\" height=\"{F(node.Height)}\"/>");
        var centreX = F(node.Width / 2);
        if (node.LabelLines.Length == 1)
        {
            svg.Append($"<text x=\"{centreX}\" y=\"{F(NodeMetrics.BaselineOf(node.Kind, level, 0))}\">{Escape(node.LabelLines[0])}</text>");
        }
        else
        {
            svg.Append("<text>");
            var read = "";
            for (var i = 0; i < node.LabelLines.Length; i++)
            {
                // Lines are joined by a space where the title has one: without it the label's text reads
                // "BestPractices" (graph.js names the node from it, find-in-page misses it); with one where the title
                // has none, "Multi-Container" would read "Multi- Container".
                if (i > 0 && !node.FullTitle.StartsWith(read + node.LabelLines[i], StringComparison.Ordinal))
                {
                    svg.Append(' ');
                    read += " ";
                }

                read += node.LabelLines[i];

                svg.Append($"<tspan x=\"{centreX}\" y=\"{F(NodeMetrics.BaselineOf(node.Kind, level, i))}\">{Escape(node.LabelLines[i])}</tspan>");
            }

            svg.Append("</text>");
        }

        if (NodeMetrics.ShowsStars(node.Importance))
        {
            var baseline = F(NodeMetrics.StarsBaselineOf(node.Kind, level, node.LabelLines.Length));
            // The second text of a node is its stars (the theme styles `text + text`); the name says "importance 2 of 3".
            svg.Append($"<text x=\"{centreX}\" y=\"{baseline}\">{new string('★', node.Importance!.Value)}</text>");
        }

        svg.Append($"</{element}>\n");
    }

    private static string KindClass(GraphNodeKind kind) => kind switch
    {
        GraphNodeKind.Title => "title",
        GraphNodeKind.Section => "section",
        GraphNodeKind.Group => "group",
        GraphNodeKind.Placeholder => "placeholder",
        GraphNodeKind.Fold => "fold",
        _ => "item",
    };

    private static string DifficultyClass(Difficulty difficulty) => difficulty switch
    {
        Difficulty.Easy => "easy",
        Difficulty.Medium => "medium",
        Difficulty.Hard => "hard",
        _ => "none",
    };

    private static string F(double value) => Coordinate(value);

    /// <summary>
    /// A coordinate to a tenth, as <c>Math.Round(value, 1, AwayFromZero).ToString("0.#")</c> writes it ("12", "12.5",
    /// "-0.5", never "-0"), by way of whole tenths: <c>Math.Round</c> scales by ten the same way, and formatting an
    /// integer costs a fraction of a float format (which was 60% of drawing a 10,000-topic map).
    /// </summary>
    internal static string Coordinate(double value)
    {
        var tenths = (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(tenths);
        var (whole, tenth) = (magnitude / 10, magnitude % 10);
        var sign = tenths < 0 ? "-" : "";
        return tenth == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{whole}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{whole}.{tenth}");
    }

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
