using System.Globalization;
using System.Text;

namespace RoadmapSite.Localization;

/// <summary>
/// The plural rules and number formats of the languages the default theme ships, written out from CLDR (the data
/// behind the browser's <c>Intl.PluralRules</c> and <c>Intl.NumberFormat</c>), so a page says "3 темы" or "۳ موضوع"
/// at build time exactly as its scripts say it in the browser. Written here rather than taken from a library:
/// .NET has no plural rules (CultureInfo stops at number formats, and those differ from CLDR's: no Persian or
/// Arabic digits, no Indian grouping, ICU's French separators vary by platform, and under invariant globalization,
/// as a native build may run, there is nothing at all); the packages that have them bring a message-format
/// engine, reflection the AOT build forbids, or a CLDR version the browsers do not share. Twelve languages' rules
/// are a few lines each, checked against the browser's own Intl in the browser tests.
/// Other languages fall back to English's rules.
/// </summary>
internal static class LocaleRules
{
    private sealed record Locale(string Digits, string Group, string Decimal, int MinimumGroupingDigits = 1, bool IndianGrouping = false);

    private const string Latin = "0123456789";

    private static readonly Dictionary<string, Locale> Locales = new(StringComparer.Ordinal)
    {
        ["en"] = new(Latin, ",", "."),
        ["es"] = new(Latin, ".", ",", MinimumGroupingDigits: 2),
        ["pt"] = new(Latin, ".", ","),
        ["fr"] = new(Latin, "\u202F", ","),
        ["de"] = new(Latin, ".", ","),
        ["ru"] = new(Latin, "\u00A0", ","),
        ["zh"] = new(Latin, ",", "."),
        ["ja"] = new(Latin, ",", "."),
        ["ko"] = new(Latin, ",", "."),
        ["hi"] = new(Latin, ",", ".", IndianGrouping: true),
        ["ar"] = new(Latin, ",", "."), // CLDR 42 on: Arabic writes Western digits by default (ar-EG and others keep Arabic-Indic)
        ["fa"] = new("۰۱۲۳۴۵۶۷۸۹", "٬", "٫"),
    };

    /// <summary>The languages with rules here (and a string table in the default theme).</summary>
    public static IReadOnlyCollection<string> Languages => Locales.Keys;

    /// <summary>"pt-BR" → "pt", "zh-Hans" → "zh": the language a tag's rules and table are looked up by.</summary>
    public static string BaseLanguage(string tag)
    {
        var language = tag.Split('-', '_')[0].ToLowerInvariant();
        return Locales.ContainsKey(language) ? language : "en";
    }

    public static bool IsRightToLeft(string tag) => BaseLanguage(tag) is "ar" or "fa";

    /// <summary>The CLDR plural category (zero, one, two, few, many, other) of <paramref name="number"/> in a language.</summary>
    public static string PluralCategory(string tag, double number)
    {
        var n = Math.Abs(number);
        var i = Math.Floor(n);
        var integer = n == i; // v = 0: no visible fraction digits
        return BaseLanguage(tag) switch
        {
            "en" or "de" => integer && i == 1 ? "one" : "other",
            "es" => n == 1 ? "one" : integer && i != 0 && i % 1_000_000 == 0 ? "many" : "other",
            "pt" or "fr" => i is 0 or 1 ? "one" : integer && i != 0 && i % 1_000_000 == 0 ? "many" : "other",
            "hi" or "fa" => i == 0 || n == 1 ? "one" : "other",
            "ru" when !integer => "other",
            "ru" => (i % 10, i % 100) switch
            {
                (1, not 11) => "one",
                (>= 2 and <= 4, not (>= 12 and <= 14)) => "few",
                _ => "many",
            },
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when integer && n % 100 is >= 3 and <= 10 => "few",
                _ when integer && n % 100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            _ => "other", // zh, ja, ko
        };
    }

    /// <summary>The plural categories a language's strings must give.</summary>
    public static IReadOnlyList<string> PluralCategories(string tag) => BaseLanguage(tag) switch
    {
        "en" or "de" or "hi" or "fa" => ["one", "other"],
        "es" or "pt" or "fr" => ["one", "many", "other"],
        "ru" => ["one", "few", "many", "other"],
        "ar" => ["zero", "one", "two", "few", "many", "other"],
        _ => ["other"],
    };

    /// <summary>A number as <c>Intl.NumberFormat(language, { maximumFractionDigits: 1 })</c> writes it.</summary>
    public static string FormatNumber(string tag, double number)
    {
        var locale = Locales.GetValueOrDefault(BaseLanguage(tag), Locales["en"]);
        var text = Math.Round(Math.Abs(number), 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var result = new StringBuilder();
        if (number < 0 && text != "0")
        {
            result.Append('-');
        }

        var grouped = whole.Length >= 4 && whole.Length >= 3 + locale.MinimumGroupingDigits;
        for (var k = 0; k < whole.Length; k++)
        {
            var fromEnd = whole.Length - k;
            if (grouped && k > 0 && (fromEnd == 3 || (fromEnd > 3 && (locale.IndianGrouping ? (fromEnd - 3) % 2 == 0 : fromEnd % 3 == 0))))
            {
                result.Append(locale.Group);
            }

            result.Append(locale.Digits[whole[k] - '0']);
        }

        if (point >= 0)
        {
            result.Append(locale.Decimal);
            foreach (var digit in text[(point + 1)..])
            {
                result.Append(locale.Digits[digit - '0']);
            }
        }

        return result.ToString();
    }
}
