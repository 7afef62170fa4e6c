namespace RoadmapSite.Badges;

/// <summary>
/// How wide text is in 11px Verdana, the font shields.io badges are set in, so a badge's boxes fit its words
/// without a font on the build machine. The table holds Verdana's advance widths in thousandths of an em for
/// ASCII and Latin-1 (the font's own metrics); other characters are estimated by script: combining marks take no
/// room, CJK ideographs, kana, Hangul and full-width forms a whole em, everything else (Cyrillic, Arabic,
/// Devanagari, emoji…) the width of a lower-case Latin letter on average. The browser measures with the real font
/// (see progress-card.js); a reader without Verdana gets the fallback, and <c>textLength</c> keeps it in the box.
/// </summary>
internal static class VerdanaWidths
{
    public const double FontSize = 11;

    // U+0020 … U+007E, in thousandths of an em.
    private static readonly short[] Ascii =
    [
        352, 394, 459, 818, 635, 1076, 726, 268, 454, 454, 635, 818, 363, 454, 363, 454, // space ! " # $ % & ' ( ) * + , - . /
        635, 635, 635, 635, 635, 635, 635, 635, 635, 635, 454, 454, 818, 818, 818, 545, // 0-9 : ; < = > ?
        1000, 683, 685, 698, 770, 632, 574, 775, 751, 420, 454, 692, 556, 842, 748, 787, // @ A-O
        603, 787, 695, 683, 616, 731, 683, 988, 685, 615, 685, 454, 454, 454, 818, 635, // P-Z [ \ ] ^ _
        635, 600, 623, 520, 623, 595, 351, 623, 632, 274, 344, 591, 274, 972, 632, 606, // ` a-o
        623, 623, 426, 520, 394, 632, 591, 818, 591, 591, 525, 634, 454, 634, 818,      // p-z { | } ~
    ];

    // U+00A0 … U+00FF.
    private static readonly short[] Latin1 =
    [
        352, 393, 635, 635, 635, 635, 454, 635, 635, 1000, 545, 644, 818, 454, 1000, 635,
        541, 818, 541, 541, 635, 639, 635, 363, 635, 541, 545, 644, 1000, 1000, 1000, 545,
        683, 683, 683, 683, 683, 683, 984, 698, 632, 632, 632, 632, 420, 420, 420, 420,
        775, 748, 787, 787, 787, 787, 787, 818, 787, 731, 731, 731, 731, 615, 605, 620,
        600, 600, 600, 600, 600, 600, 955, 520, 595, 595, 595, 595, 274, 274, 274, 274,
        611, 632, 606, 606, 606, 606, 606, 818, 606, 632, 632, 632, 632, 591, 623, 591,
    ];

    private const int Average = 600;

    /// <summary>The width of <paramref name="text"/> in pixels at 11px.</summary>
    public static double Measure(string text)
    {
        var thousandths = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            thousandths += Width(rune);
        }

        return thousandths * FontSize / 1000;
    }

    private static int Width(System.Text.Rune rune)
    {
        var value = rune.Value;
        if (value is >= 0x20 and <= 0x7E)
        {
            return Ascii[value - 0x20];
        }

        if (value is >= 0xA0 and <= 0xFF)
        {
            return Latin1[value - 0xA0];
        }

        return System.Text.Rune.GetUnicodeCategory(rune) switch
        {
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
                or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control => 0,
            _ when IsWide(value) => 1000,
            _ => Average,
        };
    }

    private static bool IsWide(int value) =>
        value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F300 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD);
}
