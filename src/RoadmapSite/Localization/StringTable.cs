using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using RoadmapSite.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Localization;

/// <summary>
/// The theme's interface text in one language: <c>i18n/&lt;language&gt;.yml</c> of the default theme, with single strings
/// overridden by the same file of a site theme, and every key the language lacks taken from English (each one a
/// build warning naming it). Keys are dotted paths of the YAML's groups (<c>header.progress</c>); a value is text,
/// or a group of plural forms chosen by a number (CLDR categories, see <see cref="LocaleRules"/>). <c>{name}</c> in a
/// value is filled in from the arguments.
/// </summary>
internal sealed class StringTable
{
    public const string Folder = "i18n";
    public const string Fallback = "en";

    private static readonly string[] Categories = ["zero", "one", "two", "few", "many", "other"];

    private readonly ImmutableDictionary<string, Entry> entries;

    private StringTable(string language, ImmutableDictionary<string, Entry> entries)
    {
        Language = language;
        this.entries = entries;
    }

    /// <summary>A value: its text, or its plural forms by category.</summary>
    public sealed record Entry(string? Text, ImmutableDictionary<string, string>? Forms);

    /// <summary>The site's language tag (site.yml <c>language</c>), whose rules format numbers and choose plurals.</summary>
    public string Language { get; }

    public IEnumerable<string> Keys => entries.Keys.Order(StringComparer.Ordinal);

    public bool IsRightToLeft => LocaleRules.IsRightToLeft(Language);

    /// <summary>
    /// Which way the pages read: the interface follows its language (ar, fa: right to left); otherwise a right-to-left
    /// roadmap keeps its own direction (<paramref name="roadmapDirection"/>, "ltr" or "rtl").
    /// </summary>
    public string PageDirection(string roadmapDirection) => IsRightToLeft ? "rtl" : roadmapDirection;

    /// <summary>The text of <paramref name="key"/> with its placeholders filled; a number as <c>n</c> also chooses the plural form.</summary>
    public string Get(string key, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            throw new KeyNotFoundException($"The theme's string table has no key '{key}' (themes/default/{Folder}/{Fallback}.yml).");
        }

        var text = entry.Text ?? Choose(entry.Forms!, arguments);
        return arguments is null || arguments.Count == 0 ? text : Fill(text, arguments);
    }

    public string Get(string key, double n) => Get(key, new Dictionary<string, object?> { ["n"] = n });

    public bool Contains(string key) => entries.ContainsKey(key);

    public Entry Raw(string key) => entries[key];

    private string Choose(ImmutableDictionary<string, string> forms, IReadOnlyDictionary<string, object?>? arguments)
    {
        var n = arguments is not null && arguments.TryGetValue("n", out var value) && ToNumber(value) is { } number ? number : 0;
        var category = LocaleRules.PluralCategory(Language, n);
        return forms.GetValueOrDefault(category) ?? forms.GetValueOrDefault("other") ?? forms.Values.First();
    }

    private string Fill(string text, IReadOnlyDictionary<string, object?> arguments)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close > i + 1 && arguments.TryGetValue(text[(i + 1)..close], out var value))
            {
                result.Append(ToNumber(value) is { } number ? LocaleRules.FormatNumber(Language, number) : Convert.ToString(value, CultureInfo.InvariantCulture));
                i = close;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static double? ToNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        _ => null,
    };

    /// <summary>
    /// The table for <paramref name="language"/>: English first, the language's own file over it, then each theme
    /// override's files over those. <paramref name="files"/> finds a theme file by path, override theme first (all
    /// copies, most specific last). Problems (a missing key, a file that cannot be read) go to <paramref name="report"/>.
    /// </summary>
    public static StringTable Load(string language, Func<string, IReadOnlyList<string>> files, Action<Severity, string, SourceLocation?> report)
    {
        var baseLanguage = LocaleRules.BaseLanguage(language);
        var english = Merge(files($"{Folder}/{Fallback}.yml"), report);
        if (english.Count == 0)
        {
            report(Severity.Error, $"the theme has no {Folder}/{Fallback}.yml: the interface text cannot be written", null);
        }

        var own = baseLanguage == Fallback ? english : Merge(files($"{Folder}/{baseLanguage}.yml"), report);
        var requested = language.Split('-', '_')[0].ToLowerInvariant();
        if (requested != Fallback && baseLanguage == Fallback)
        {
            report(Severity.Warning, $"the theme has no interface text in '{language}' ({Folder}/{requested}.yml): it is written in English", null);
        }

        var builder = ImmutableDictionary.CreateBuilder<string, Entry>(StringComparer.Ordinal);
        foreach (var (key, entry) in english)
        {
            if (own.TryGetValue(key, out var translated))
            {
                builder[key] = translated;
            }
            else
            {
                builder[key] = entry;
                if (baseLanguage != Fallback)
                {
                    report(Severity.Warning, $"{Folder}/{baseLanguage}.yml has no '{key}': the English text is used", null);
                }
            }
        }

        foreach (var (key, entry) in own)
        {
            if (!english.ContainsKey(key))
            {
                builder[key] = entry; // a site theme's own new string
            }
        }

        return new StringTable(language, builder.ToImmutable());
    }

    /// <summary>Reads several copies of one table (default theme first), later ones overriding single strings.</summary>
    private static Dictionary<string, Entry> Merge(IReadOnlyList<string> paths, Action<Severity, string, SourceLocation?> report)
    {
        var merged = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var (key, entry) in Read(path, report))
            {
                merged[key] = entry;
            }
        }

        return merged;
    }

    /// <summary>The default theme's table for a language, without a site theme (for tests and tools); problems are thrown.</summary>
    public static StringTable LoadDefault(string language)
    {
        var theme = new Rendering.Theme(Rendering.Theme.FindDefaultDirectory() ?? throw new DirectoryNotFoundException("themes/default was not found"));
        return Load(language, theme.ResolveAll, (severity, message, _) =>
        {
            if (severity == Severity.Error)
            {
                throw new InvalidDataException(message);
            }
        });
    }

    /// <summary>One table file through YamlDotNet's representation model (no reflection: native AOT).</summary>
    public static Dictionary<string, Entry> Read(string path, Action<Severity, string, SourceLocation?> report)
    {
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException exception)
        {
            report(Severity.Error, $"{Path.GetFileName(path)} is not valid YAML: {(exception.InnerException?.Message ?? exception.Message).Split('\n')[0]}", At(path, exception.Start));
            return result;
        }

        if (stream.Documents.Count == 0)
        {
            return result;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            report(Severity.Error, "a string table must be groups of 'key: text' lines", At(path, stream.Documents[0].RootNode.Start));
            return result;
        }

        Walk(root, "", path, result, report);
        return result;
    }

    private static void Walk(YamlMappingNode mapping, string prefix, string path, Dictionary<string, Entry> into, Action<Severity, string, SourceLocation?> report)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = prefix + ((YamlScalarNode)keyNode).Value;
            switch (value)
            {
                case YamlScalarNode { Value: { } text }:
                    into[key] = new Entry(text, null);
                    break;
                case YamlMappingNode forms when forms.Children.Keys.All(k => k is YamlScalarNode { Value: { } c } && Categories.Contains(c)):
                    into[key] = new Entry(null, forms.Children.ToImmutableDictionary(
                        pair => ((YamlScalarNode)pair.Key).Value!,
                        pair => (pair.Value as YamlScalarNode)?.Value ?? "",
                        StringComparer.Ordinal));
                    break;
                case YamlMappingNode group:
                    Walk(group, key + ".", path, into, report);
                    break;
                default:
                    report(Severity.Error, $"'{key}' must be text or a group of strings", At(path, value.Start));
                    break;
            }
        }
    }

    private static SourceLocation At(string path, Mark mark) => new(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));
}
