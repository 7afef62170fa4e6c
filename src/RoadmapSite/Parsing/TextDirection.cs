namespace RoadmapSite.Parsing;

/// <summary>Decides whether a document reads right to left, so its pages get <c>dir="rtl"</c>.</summary>
internal static class TextDirection
{
    public static string Of(string text)
    {
        int rightToLeft = 0, leftToRight = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!System.Text.Rune.IsLetter(rune))
            {
                continue;
            }

            // Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
            if (rune.Value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF))
            {
                rightToLeft++;
            }
            else
            {
                leftToRight++;
            }
        }

        return rightToLeft > leftToRight ? "rtl" : "ltr";
    }
}
