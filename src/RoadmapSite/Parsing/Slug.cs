using System.Globalization;
using System.Text;

namespace RoadmapSite.Parsing;

/// <summary>
/// Unicode-aware slugs for stable ids. Unlike Markdig's auto identifiers (ASCII only), letters of every
/// script are kept, so CJK, Persian or Hebrew titles get distinct, readable ids.
/// </summary>
public static class Slug
{
    private const int MaxLength = 80;

    /// <summary>Lower-cases letters, keeps letters, marks and digits of any script, turns everything else into single hyphens.</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        var enumerator = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormC));
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (IsWordElement(element))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;

                // A zero-width (non-)joiner extends the letter before it into one text element ("ن\u200C"): it must
                // be taken out here too, or an invisible character ends up inside the id and its URL.
                builder.Append(element.ToLowerInvariant().Replace("\u200C", "", StringComparison.Ordinal).Replace("\u200D", "", StringComparison.Ordinal));
                if (builder.Length >= MaxLength)
                {
                    break;
                }
            }
            else if (element != "\u200C" && element != "\u200D" && element != "'" && element != "’")
            {
                // Zero-width (non-)joiners belong inside Persian words and apostrophes inside English ones
                // ("user's"): dropping them keeps the word whole rather than splitting it with a hyphen.
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsWordElement(string element)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// The anchor GitHub gives a heading: lower case, punctuation other than hyphens and underscores removed,
    /// spaces turned into hyphens (not collapsed). Used to resolve the Markdown's own in-page links.
    /// </summary>
    public static string GitHubAnchor(string headingText)
    {
        var builder = new StringBuilder(headingText.Length);
        foreach (var rune in headingText.Trim().ToLowerInvariant().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value == ' ')
            {
                builder.Append('-');
            }
            else if (rune.Value is '-' or '_' || Rune.IsLetterOrDigit(rune)
                     || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }
}
