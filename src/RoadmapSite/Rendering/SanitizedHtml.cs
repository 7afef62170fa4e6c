namespace RoadmapSite.Rendering;

/// <summary>
/// HTML that is safe to write into a page as it is: content the sanitiser made, the graph's SVG, a rendered partial.
/// Templates write every other value HTML-escaped (see <see cref="HtmlEscapingTemplateContext"/>), so a value has to
/// be given this type on purpose to reach the page raw.
/// </summary>
internal sealed class SanitizedHtml
{
    public static readonly SanitizedHtml Empty = new("");

    public SanitizedHtml(string value)
    {
        Value = value;
    }

    public string Value { get; }

    // Comparisons and concatenations in templates (`if x_html != ""`) see the markup; a concatenation is a plain
    // string again, and is escaped when written.
    public override string ToString() => Value;
}
