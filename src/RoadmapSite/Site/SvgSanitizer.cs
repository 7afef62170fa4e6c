using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace RoadmapSite.Site;

/// <summary>
/// Makes a contributor's SVG safe to publish on the site's origin, where a script in it could read every visitor's
/// progress: keeps only drawing elements and attributes (an allowlist), drops scripts, event handlers,
/// <c>foreignObject</c>, animations that can rewrite a link, and every reference to another document (links and
/// <c>url()</c> other than same-document <c>#</c> fragments, <c>@import</c>, stylesheets in processing instructions).
/// </summary>
/// <remarks>
/// A browser opens a <c>.svg</c> file with its XML parser, so this reads it with a conforming XML parser too
/// (System.Xml) rather than with AngleSharp's HTML parser or HtmlSanitizer, which parse HTML: a sanitiser that reads a
/// document differently from the browser (CDATA, self-closing <c>&lt;script/&gt;</c>, namespaces, entities) can be
/// walked around, and their HTML serialisation (<c>&amp;nbsp;</c>, no namespace prefixes) is not well-formed XML.
/// The DOCTYPE's internal entities are expanded within a limit; external ones are never fetched.
/// </remarks>
internal static partial class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>
    /// Elements that draw and nothing else. Not among them: <c>script</c>, <c>foreignObject</c> (embeds HTML),
    /// <c>animate</c> and <c>set</c> (they can turn an <c>href</c> into <c>javascript:</c> after sanitising),
    /// <c>metadata</c> (editor data, never drawn).
    /// </summary>
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "switch", "view", "a", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "image",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "filter",
        "animateTransform", "animateMotion", "mpath",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
        "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    };

    /// <summary>Raster images embedded in the file itself are not a reference to anything else, and run nothing.</summary>
    private static readonly string[] EmbeddedImages = ["data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;"];

    /// <summary>
    /// The sanitised SVG and what was removed (for the build's warning), or null when the file is not an SVG document
    /// (not well-formed XML, or its root is not <c>&lt;svg&gt;</c>).
    /// </summary>
    public static (string Svg, ImmutableArray<string> Removed)? Sanitize(ReadOnlyMemory<byte> content)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Parse,
                XmlResolver = null,
                MaxCharactersFromEntities = 1_000_000,
                IgnoreProcessingInstructions = false,
            };
            using var reader = XmlReader.Create(new MemoryStream(content.ToArray()), settings);
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }

        if (document.Root is not { } root || root.Name != Svg + "svg")
        {
            return null;
        }

        var removed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var instruction in document.DescendantNodes().OfType<XProcessingInstruction>().ToList())
        {
            removed.Add($"<?{instruction.Target}?>");
            instruction.Remove();
        }

        Clean(root, removed);
        var svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append(root.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces))
            .Append('\n')
            .ToString();
        return (svg, [.. removed]);
    }

    private static void Clean(XElement element, SortedSet<string> removed)
    {
        foreach (var attribute in element.Attributes().ToList())
        {
            if (!IsSafe(attribute))
            {
                removed.Add(attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? attribute.Name.LocalName : $"{attribute.Name.LocalName}=\"{Shorten(attribute.Value)}\"");
                attribute.Remove();
            }
        }

        foreach (var child in element.Elements().ToList())
        {
            if (child.Name.Namespace != Svg || !Elements.Contains(child.Name.LocalName))
            {
                // Editors' own elements (Inkscape's sodipodi:namedview, RDF metadata) are dropped quietly: they never draw.
                if (child.Name.Namespace == Svg || child.Name.NamespaceName == "http://www.w3.org/1999/xhtml")
                {
                    removed.Add($"<{child.Name.LocalName}>");
                }

                child.Remove();
            }
            else if (child.Name.LocalName == "style" && !IsSafeCss(child.Value))
            {
                removed.Add("<style> referring to other files");
                child.Remove();
            }
            else
            {
                Clean(child, removed);
            }
        }
    }

    private static bool IsSafe(XAttribute attribute)
    {
        if (attribute.IsNamespaceDeclaration)
        {
            return true;
        }

        var name = attribute.Name;
        var value = attribute.Value;
        if (name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (name.LocalName == "href" && (name.Namespace == XNamespace.None || name.Namespace == XLink))
        {
            var target = value.Trim();
            return target.StartsWith('#') || (attribute.Parent?.Name.LocalName is "image" or "feImage" && EmbeddedImages.Any(prefix => target.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
        }

        if (name.Namespace == XNamespace.None)
        {
            return name.LocalName == "style" ? IsSafeCss(value) : !RefersElsewhere(value);
        }

        return name.Namespace == XNamespace.Xml || (name.Namespace == XLink && name.LocalName == "title");
    }

    /// <summary>
    /// CSS that loads nothing: no <c>@import</c>, no <c>image-set()</c>, no <c>url()</c> but to <c>#</c> fragments, and no
    /// escapes (<c>u\72l(</c> is <c>url(</c> to a CSS parser, not to this check).
    /// </summary>
    private static bool IsSafeCss(string css) =>
        !css.Contains('\\') &&
        !css.Contains("@import", StringComparison.OrdinalIgnoreCase) &&
        !css.Contains("image-set", StringComparison.OrdinalIgnoreCase) &&
        !css.Contains("expression(", StringComparison.OrdinalIgnoreCase) &&
        !css.Contains("javascript:", StringComparison.OrdinalIgnoreCase) &&
        !RefersElsewhere(css);

    /// <summary>A presentation attribute (<c>fill="url(https://…)"</c>) or CSS that points at another document.</summary>
    private static bool RefersElsewhere(string value) =>
        (value.Contains('\\') && value.Contains('(')) ||
        UrlReference().Matches(value).Any(match => !match.Groups["target"].Value.StartsWith('#'));

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"url\s*\(\s*['""]?\s*(?<target>[^'"")\s]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();
}
