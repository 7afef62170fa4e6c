using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RoadmapSite.Localization;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Localization;

/// <summary>
/// Every page type built in every shipped language: no English interface text is left in a non-English build.
/// The roadmap itself is written in Greek letters and numbers only, so any English word on a page comes from the theme.
/// </summary>
public sealed partial class LocalizedBuildTests
{
    private const string Roadmap = """
        # Αβγ

        Δεζ ηθι.

        > [!NOTE]
        > 🟢 🟡 🔴 ⭐

        ## Κλμ

        Νξο.

        - [ ] 🟢⭐⭐ ⏱ 2h Πρσ: τυφ
          - [x] 🔴 ⏱ 30m Χψω
          - [ ] ...
        - [x] Αα
        - Ββ
          - [ ] Γγ

        ## Δδ

        - [ ] 🟡⭐ Εε
        """;

    // Words the interface keeps in every language: file formats, key names printed on keyboards, and the generator's name.
    private static readonly HashSet<string> Untranslated = new(StringComparer.Ordinal) { "JSON", "Markdown", "SVG", "PNG", "JavaScript", "Ctrl", "Enter", "RoadmapSite", "PDF", "json" };

    public static TheoryData<string> Languages => ["es", "pt", "fr", "de", "ru", "zh", "ja", "ko", "hi", "ar", "fa"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Given_a_language_when_every_page_type_is_built_then_no_english_interface_text_is_left(string language)
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", Roadmap);
        temp.Write("content/site.yml", $"language: {language}\nsite_id: greek\n");
        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);

        var english = StringTable.LoadDefault("en");
        var translated = StringTable.LoadDefault(language);
        var phrases = EnglishPhrases(english, translated);
        var pages = SiteBuildRunner.HtmlFiles(temp.Combine("site")).ToList();
        Assert.Equal(6, pages.Count); // index, two sections, tree, search, 404

        foreach (var file in pages)
        {
            var page = SiteBuildRunner.Page(temp.Combine("site"), file);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal(LocaleRules.IsRightToLeft(language) ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));
            var text = InterfaceText(page);
            var left = phrases.Where(phrase => Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(phrase)}(?!\p{{L}})")).ToList();
            Assert.True(left.Count == 0, $"{language} {Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: English left: {string.Join(" | ", left)}");
            if (language is not ("es" or "pt" or "fr" or "de"))
            {
                // A script without Latin letters: any Latin word is an English leftover (save formats and names).
                var latin = LatinWord().Matches(text).Select(match => match.Value).Where(word => !Untranslated.Contains(word)).Distinct().ToList();
                Assert.True(latin.Count == 0, $"{language} {file}: Latin words left: {string.Join(" ", latin)}");
            }
        }
    }

    /// <summary>The literal parts of every English string that the language writes differently, long enough to be telling.</summary>
    private static List<string> EnglishPhrases(StringTable english, StringTable translated)
    {
        var theirs = string.Join("\n", translated.Keys.SelectMany(key => Values(translated.Raw(key))));
        return [.. english.Keys
            .SelectMany(key => Values(english.Raw(key)))
            .SelectMany(value => PlaceholderOrSymbol().Split(value))
            .Select(part => part.Trim(' ', ',', '.', ':', '(', ')', '—', '“', '”', '…', '·'))
            .Where(part => part.Length >= 4 && part.Any(char.IsLetter) && !Untranslated.Contains(part) && !theirs.Contains(part, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Values(StringTable.Entry entry) => entry.Text is { } text ? [text] : entry.Forms!.Values;

    /// <summary>What a visitor reads or hears: text, and the attributes browsers show or announce, without the data block for scripts.</summary>
    private static string InterfaceText(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        foreach (var data in page.QuerySelectorAll("script[type='application/json']").ToList())
        {
            data.Remove();
        }

        var attributes = page.All.SelectMany(element => new[] { "aria-label", "title", "placeholder", "alt" }.Select(element.GetAttribute))
            .Concat(page.QuerySelectorAll("meta[name=description], meta[property='og:title'], meta[property='og:description']").Select(meta => meta.GetAttribute("content")))
            .OfType<string>();
        return string.Join("\n", attributes.Prepend(page.Title ?? "").Append(page.Body!.TextContent));
    }

    [GeneratedRegex(@"\{\w+\}|[★☆⏱✕⋯]")]
    private static partial Regex PlaceholderOrSymbol();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex LatinWord();
}
