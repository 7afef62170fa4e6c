namespace RoadmapSite.Parsing;

/// <summary>
/// Whether the text after a colon in a plain line reads as a sentence, the one case where <c>Title: text</c> is cut
/// into a title and a description. A sentence ends with (or contains) sentence punctuation, starts in lower case
/// ("hold values") or in a script without case, or runs to several words that are mostly lower case ("Learn about
/// loops and conditions"). A subtitle in title case ("Spark: The Definitive Guide") or a capitalised word or two
/// ("Chapter 2: Basics") is not.
/// </summary>
internal static class TitleSentence
{
    private const int FewestWords = 4;
    private const string Terminators = ".!?…。！？؟۔";
    private const string Closers = ")]}\"'”’»*_`";

    public static bool IsSentence(string text)
    {
        var trimmed = text.Trim().TrimEnd(Closers.ToCharArray()).TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (Terminators.Contains(trimmed[^1], StringComparison.Ordinal) || ContainsSentenceEnd(trimmed))
        {
            return true;
        }

        // A subtitle starts with a capital ("The Definitive Guide", "Basics"); a phrase in lower case
        // ("hold values") or in a script without case (Arabic, Hebrew, CJK) is description.
        if (char.IsLetter(trimmed[0]) && !char.IsUpper(trimmed[0]))
        {
            return true;
        }

        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lower = words.Count(word => char.IsLower(word[0]));
        return words.Length >= FewestWords && lower * 2 > words.Length;
    }

    /// <summary>Sentence punctuation followed by more text: "Learn Git. Then branch" (an abbreviation like "e.g." counts too).</summary>
    private static bool ContainsSentenceEnd(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (Terminators.Contains(text[i], StringComparison.Ordinal) && char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
