using System.Text.RegularExpressions;
using RoadmapSite.Localization;
using RoadmapSite.Model;
using RoadmapSite.Rendering;
using RoadmapSite.Tests.Rendering;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Localization;

/// <summary>The theme's string tables: complete in every shipped language, overridable one string at a time, English where a string is missing.</summary>
public sealed partial class StringTableTests
{
    public static TheoryData<string> Languages => ["en", "es", "pt", "fr", "de", "ru", "zh", "ja", "ko", "hi", "ar", "fa"];

    private static string TableFile(string language) => Path.Combine(RepositoryPaths.Root, "themes", "default", StringTable.Folder, language + ".yml");

    private static Dictionary<string, StringTable.Entry> Read(string language)
    {
        var problems = new List<string>();
        var table = StringTable.Read(TableFile(language), (_, message, _) => problems.Add(message));
        Assert.Empty(problems);
        return table;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Given_a_shipped_table_then_it_has_every_key_with_the_plural_forms_and_placeholders_of_its_language(string language)
    {
        var english = Read("en");
        var table = Read(language);

        Assert.Empty(english.Keys.Except(table.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(table.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
        foreach (var (key, entry) in english)
        {
            var translated = table[key];
            Assert.True((entry.Forms is null) == (translated.Forms is null), $"{language}: '{key}' must be {(entry.Forms is null ? "text" : "plural forms")}");
            if (translated.Forms is { } forms)
            {
                Assert.Equal(LocaleRules.PluralCategories(language).Order(StringComparer.Ordinal), forms.Keys.Order(StringComparer.Ordinal));
            }

            Assert.True(Placeholders(entry).SetEquals(Placeholders(translated)), $"{language}: '{key}' has the placeholders {string.Join(", ", Placeholders(translated))}, English {string.Join(", ", Placeholders(entry))}");
        }
    }

    [Fact]
    public void Given_a_site_theme_with_one_string_when_loaded_then_that_string_wins_and_the_rest_is_the_default_themes()
    {
        using var temp = new TempFolder();
        temp.Write("mine/i18n/fr.yml", "header:\n  progress: Mon avancement\n");
        var theme = new Theme(SampleSite.DefaultThemeDirectory, temp.Combine("mine"));

        var strings = StringTable.Load("fr", theme.ResolveAll, (severity, message, _) => Assert.Fail($"{severity}: {message}"));

        Assert.Equal("Mon avancement", strings.Get("header.progress"));
        Assert.Equal("Vue d’ensemble", strings.Get("header.overview"));
    }

    [Fact]
    public void Given_a_table_missing_strings_when_loaded_then_each_falls_back_to_english_with_a_warning_naming_its_key()
    {
        using var temp = new TempFolder();
        var english = temp.Write("default/i18n/en.yml", "header:\n  progress: Progress\n  overview: Overview\ncount:\n  topics:\n    one: \"{n} topic\"\n    other: \"{n} topics\"\n");
        var german = temp.Write("default/i18n/de.yml", "header:\n  progress: Fortschritt\n");
        var warnings = new List<string>();

        var strings = StringTable.Load("de-AT", path => path == "i18n/en.yml" ? [english] : path == "i18n/de.yml" ? [german] : [], (severity, message, _) =>
        {
            Assert.Equal(Severity.Warning, severity);
            warnings.Add(message);
        });

        Assert.Equal(("Fortschritt", "Overview", "3 topics"), (strings.Get("header.progress"), strings.Get("header.overview"), strings.Get("count.topics", 3)));
        Assert.Equal(["i18n/de.yml has no 'count.topics': the English text is used", "i18n/de.yml has no 'header.overview': the English text is used"], warnings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_language_without_a_table_when_loaded_then_the_interface_is_english_with_one_warning()
    {
        var warnings = new List<string>();
        var theme = new Theme(SampleSite.DefaultThemeDirectory);

        var strings = StringTable.Load("it", theme.ResolveAll, (_, message, _) => warnings.Add(message));

        Assert.Equal("Progress", strings.Get("header.progress"));
        Assert.Equal("the theme has no interface text in 'it' (i18n/it.yml): it is written in English", Assert.Single(warnings));
    }

    [Fact]
    public void Given_a_broken_table_when_read_then_the_error_names_its_file_line_and_column()
    {
        using var temp = new TempFolder();
        var file = temp.Write("de.yml", "header:\n  progress: [Fortschritt\n");
        var errors = new List<(string Message, SourceLocation? At)>();

        StringTable.Read(file, (_, message, at) => errors.Add((message, at)));

        var (message, at) = Assert.Single(errors);
        Assert.StartsWith("de.yml is not valid YAML", message, StringComparison.Ordinal);
        Assert.Equal(file, at!.File);
        Assert.InRange(at.Line, 2, 3); // where the unclosed list is found to be unclosed
    }

    private static HashSet<string> Placeholders(StringTable.Entry entry) =>
        [.. (entry.Text is { } text ? [text] : entry.Forms!.Values).SelectMany(value => Placeholder().Matches(value).Select(match => match.Value))];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}

/// <summary>The scripts ask for strings the page's JSON block has: every literal t('key') of the theme's JavaScript exists and is handed over.</summary>
public sealed partial class ClientStringsTests
{
    [Fact]
    public void Given_the_themes_scripts_then_every_string_they_ask_for_is_in_the_table_and_handed_to_the_client()
    {
        var english = StringTable.LoadDefault("en");
        var scripts = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "assets", "js"), "*.js");
        var asked = scripts.SelectMany(file => Call().Matches(File.ReadAllText(file)).Select(match => (File: Path.GetFileName(file), Key: match.Groups[1].Value))).ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, call =>
        {
            var key = call.Key.Split("${")[0];
            Assert.True(call.Key.Contains("${", StringComparison.Ordinal) ? english.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)) : english.Contains(key), $"{call.File}: no string '{call.Key}'");
            var handed = call.Key.Contains("${", StringComparison.Ordinal)
                ? english.Keys.Where(k => k.StartsWith(key, StringComparison.Ordinal)).Any(ClientStrings.IsClientKey)
                : ClientStrings.IsClientKey(key);
            Assert.True(handed, $"{call.File}: '{call.Key}' is not handed to the scripts (ClientStrings.Prefixes)");
        });
    }

    [GeneratedRegex(@"\bt\(\s*[`']([\w.${}]+)[`']")]
    private static partial Regex Call();
}
