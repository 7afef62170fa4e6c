using System.Text;

namespace RoadmapSite.Rendering;

/// <summary>
/// HTML that is safe to write into a page as it is: content the sanitiser made, the graph's SVG, a rendered partial.
/// Templates write every other value HTML-escaped (see <see cref="HtmlEscapingTemplateContext"/>), so a value has to
/// be given this type on purpose to reach the page raw.
/// </summary>
/// <remarks>
/// Large markup rendered once for several pages (a section's checklist) is held as UTF-8, the form pages are written
/// in: half the memory of a string, and copied into each page's bytes without being encoded again.
/// </remarks>
internal sealed class SanitizedHtml
{
    public static readonly SanitizedHtml Empty = new("");

    private string? _value;

    public SanitizedHtml(string value)
    {
        _value = value;
    }

    private SanitizedHtml(byte[] utf8)
    {
        Utf8 = utf8;
    }

    /// <summary>Markup already encoded as UTF-8.</summary>
    public static SanitizedHtml FromUtf8(byte[] utf8) => utf8.Length == 0 ? Empty : new SanitizedHtml(utf8);

    /// <summary>The markup as UTF-8, when that is the form it was made in; otherwise null.</summary>
    public byte[]? Utf8 { get; }

    public string Value => _value ??= Encoding.UTF8.GetString(Utf8!);

    // Comparisons and concatenations in templates (`if x_html != ""`) see the markup; a concatenation is a plain
    // string again, and is escaped when written.
    public override string ToString() => Value;
}
