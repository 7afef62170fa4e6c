using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Configuration;

/// <summary>
/// Reads <c>site.yml</c>. A missing file means the defaults; an unknown key or a wrong value is a diagnostic
/// pointing at its line and column, so a typo never passes silently.
/// </summary>
/// <remarks>
/// Read through YamlDotNet's representation model (<see cref="YamlStream"/>) rather than its reflection
/// deserializer: every node keeps its own position, so each error points at the value that is wrong (not at 1:1),
/// a wrong type is told in the author's terms ("expected a list of file names, got a number") instead of .NET's,
/// and nothing here needs reflection, so it runs under Native AOT.
/// </remarks>
public static partial class SiteSettingsLoader
{
    public const string FileName = "site.yml";

    /// <summary>The environment variable a CI sets to publish under a sub-path (GitHub Pages' base path).</summary>
    public const string BaseUrlVariable = "ROADMAP_SITE_BASE_URL";

    /// <summary>Far deeper than any setting goes; a deeper document is a mistake or an attack on the recursive loader's stack.</summary>
    private const int MaxNesting = 16;

    private const string ContentFolderName = "content folder";

    private static readonly string[] Keys = ["title", "description", "site_id", "base_url", "repository_url", "language", "theme", "files", "publish_active_files", "markers"];

    private static readonly string[] MarkerKeys = ["easy", "medium", "hard", "importance", "estimate", "minutes", "hours", "days", "hours_per_day"];

    private static readonly string[] SymbolListKeys = ["easy", "medium", "hard", "importance", "estimate"];

    public static (SiteSettings Settings, ImmutableArray<Diagnostic> Diagnostics) Load(string contentDirectory, string displayDirectory)
    {
        var folder = new ContainedFolder(contentDirectory);
        var display = Path.Combine(displayDirectory, FileName);
        var entry = folder.Find(FileName);
        if (entry.Status == FolderEntryStatus.Outside)
        {
            return (SiteSettings.Default, [Error(DiagnosticCodes.SiteSettings, $"{FileName} is not read: it {entry.Refusal(ContentFolderName)}", new SourceLocation(display, 1, 1))]);
        }

        if (entry.Status != FolderEntryStatus.Inside)
        {
            return (SiteSettings.Default, []);
        }

        var reader = new Reader(display);
        var settings = reader.Read(File.ReadAllText(entry.FullPath));
        foreach (var (key, name, location) in reader.ListedFiles)
        {
            var listed = folder.Find(name);
            if (listed.Status != FolderEntryStatus.Inside)
            {
                reader.Diagnostics.Add(Error(DiagnosticCodes.ContentFiles, $"{key}: '{name}' {listed.Refusal(ContentFolderName)}", location));
            }
        }

        return (settings, [.. reader.Diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)]);
    }

    /// <summary>Reads site.yml's text; the files it lists are checked against the content folder by <see cref="Load"/> only.</summary>
    public static (SiteSettings Settings, ImmutableArray<Diagnostic> Diagnostics) Parse(string yaml, string file)
    {
        var reader = new Reader(file);
        var settings = reader.Read(yaml);
        return (settings, [.. reader.Diagnostics]);
    }

    private static Diagnostic Error(string code, string message, SourceLocation location) => new(Severity.Error, code, message, location);

    /// <summary>A well-formed BCP 47 language tag (RFC 5646 syntax: language, script, region, variants, extensions, private use).</summary>
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)\z", RegexOptions.CultureInvariant)]
    private static partial Regex YamlNumber();

    /// <summary>Reads one site.yml, collecting every problem rather than stopping at the first.</summary>
    private sealed class Reader(string file)
    {
        public List<Diagnostic> Diagnostics { get; } = [];

        /// <summary>Every file name a list setting gave, with where it was written, for <see cref="Load"/> to check.</summary>
        public List<(string Key, string Name, SourceLocation Location)> ListedFiles { get; } = [];

        public SiteSettings Read(string yaml)
        {
            YamlNode root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new NestingLimitedParser(new Parser(new StringReader(yaml))));
                if (stream.Documents.Count == 0)
                {
                    return SiteSettings.Default;
                }

                if (stream.Documents.Count > 1)
                {
                    Report(stream.Documents[1].RootNode, "site.yml holds more than one YAML document (a '---' line): put every setting in one");
                }

                root = stream.Documents[0].RootNode;
            }
            catch (YamlException exception)
            {
                var message = (exception.InnerException?.Message ?? exception.Message).Split('\n')[0];
                Diagnostics.Add(Error(DiagnosticCodes.SiteSettings, $"site.yml is not valid YAML: {message}", At(exception.Start)));
                return SiteSettings.Default;
            }

            if (IsNull(root))
            {
                return SiteSettings.Default;
            }

            if (root is not YamlMappingNode mapping)
            {
                Report(root, $"site.yml must be settings written as 'key: value' lines, got {Describe(root)}");
                return SiteSettings.Default;
            }

            var settings = SiteSettings.Default;
            foreach (var (keyNode, value) in Entries(mapping, "setting", Keys))
            {
                settings = Apply(settings, keyNode.Value!, value);
            }

            return settings;
        }

        private SiteSettings Apply(SiteSettings settings, string key, YamlNode value) => key switch
        {
            "title" => settings with { Title = Text(key, value) ?? settings.Title },
            "description" => settings with { Description = Text(key, value) ?? settings.Description },
            "site_id" => settings with { SiteId = Checked(key, value, ExplicitId.IsValid, "must be letters, digits, '-', '_' or '.'") ?? settings.SiteId },
            "base_url" => settings with { BaseUrl = Checked(key, value, Rendering.SiteUrls.Problem) ?? settings.BaseUrl },
            "repository_url" => settings with { RepositoryUrl = Checked(key, value, IsHttpUrl, "must be an http(s) URL such as https://github.com/you/my-roadmap") ?? settings.RepositoryUrl },
            "language" => settings with { Language = Checked(key, value, LanguageTag().IsMatch, "must be a language tag such as en, fr-CA or zh-Hans") ?? settings.Language },
            "theme" => settings with { Theme = Checked(key, value, IsFolderName, "must be the name of a folder in themes/ (no '/', '\\' or leading '.')") ?? settings.Theme },
            "files" => settings with { Files = FileList(key, value) ?? settings.Files },
            "publish_active_files" => settings with { PublishActiveFiles = FileList(key, value) ?? settings.PublishActiveFiles },
            "markers" => settings with { Markers = Markers(value) },
            _ => settings,
        };

        /// <summary>The mapping's entries with a known plain-text key; reports the others. (The YAML loader already refuses a key written twice.)</summary>
        private IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, string what, string[] known)
        {
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key } scalar)
                {
                    Report(keyNode, $"a {what}'s name must be plain text, got {Describe(keyNode)}");
                }
                else if (!known.Contains(key, StringComparer.Ordinal))
                {
                    Report(keyNode, $"unknown {what} '{key}'; known {what}s are: {string.Join(", ", known)}");
                }
                else
                {
                    yield return (scalar, value);
                }
            }
        }

        /// <summary>A text value, or null (the default) when the value is empty or not text (then reported).</summary>
        private string? Text(string key, YamlNode value)
        {
            if (IsNull(value))
            {
                return null;
            }

            if (value is YamlScalarNode { Value: { } text })
            {
                return text;
            }

            Report(value, $"{key}: expected text, got {Describe(value)}");
            return null;
        }

        private string? Checked(string key, YamlNode value, Func<string, string?> problemOf)
        {
            if (Text(key, value) is not { } text || text.Length == 0)
            {
                return null;
            }

            if (problemOf(text) is not { } problem)
            {
                return text;
            }

            Report(value, $"{key} '{text}': {problem}");
            return null;
        }

        private string? Checked(string key, YamlNode value, Func<string, bool> isValid, string rule) =>
            Checked(key, value, text => isValid(text) ? null : rule);

        private ImmutableArray<string>? FileList(string key, YamlNode value)
        {
            if (IsNull(value))
            {
                return null;
            }

            if (value is not YamlSequenceNode list)
            {
                Report(value, $"{key}: expected a list of file names (like [roadmap.md]), got {Describe(value)}");
                return null;
            }

            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var item in list.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } name } && !IsNull(item))
                {
                    names.Add(name);
                    ListedFiles.Add((key, name, At(item.Start)));
                }
                else
                {
                    Report(item, $"{key}: expected a file name, got {Describe(item)}");
                }
            }

            return names.ToImmutable();
        }

        private MarkerVocabulary Markers(YamlNode value)
        {
            var defaults = MarkerVocabulary.Default;
            if (IsNull(value))
            {
                return defaults;
            }

            if (value is not YamlMappingNode mapping)
            {
                Report(value, $"markers: expected the settings {string.Join(", ", MarkerKeys)}, got {Describe(value)}");
                return defaults;
            }

            var lists = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
            var hoursPerDay = defaults.HoursPerDay;
            foreach (var (keyNode, symbols) in Entries(mapping, "marker setting", MarkerKeys))
            {
                if (keyNode.Value == "hours_per_day")
                {
                    hoursPerDay = HoursPerDay(symbols) ?? hoursPerDay;
                }
                else if (SymbolList("markers." + keyNode.Value, symbols, SymbolListKeys.Contains(keyNode.Value) ? "symbol" : "unit word") is { } list)
                {
                    lists[keyNode.Value!] = list;
                }
            }

            var estimates = defaults with
            {
                Estimate = lists.GetValueOrDefault("estimate", defaults.Estimate),
                MinuteUnits = lists.GetValueOrDefault("minutes", defaults.MinuteUnits),
                HourUnits = lists.GetValueOrDefault("hours", defaults.HourUnits),
                DayUnits = lists.GetValueOrDefault("days", defaults.DayUnits),
                HoursPerDay = hoursPerDay,
            };
            var importance = lists.GetValueOrDefault("importance", defaults.Importance);
            if (!lists.Keys.Any(key => key is "easy" or "medium" or "hard"))
            {
                return estimates with { Importance = importance };
            }

            var difficulty = ImmutableDictionary.CreateBuilder<string, Difficulty>(StringComparer.Ordinal);
            foreach (var (key, level) in new[] { ("easy", Difficulty.Easy), ("medium", Difficulty.Medium), ("hard", Difficulty.Hard) })
            {
                foreach (var symbol in lists.GetValueOrDefault(key, []))
                {
                    difficulty[symbol] = level;
                }
            }

            return estimates with { Difficulty = difficulty.ToImmutable(), Importance = importance };
        }

        private double? HoursPerDay(YamlNode value)
        {
            if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text }
                && double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var hours)
                && hours is > 0 and <= 24)
            {
                return hours;
            }

            Report(value, $"markers.hours_per_day: expected a number of hours above 0 and at most 24 (like 8 or 7.5), got {Describe(value)}");
            return null;
        }

        private ImmutableArray<string>? SymbolList(string key, YamlNode value, string what = "symbol")
        {
            if (value is not YamlSequenceNode list)
            {
                Report(value, what == "symbol"
                    ? $"{key}: expected a list of symbols (like [\"🟢\"]), got {Describe(value)}"
                    : $"{key}: expected a list of unit words (like [h, hr]), got {Describe(value)}");
                return null;
            }

            var symbols = ImmutableArray.CreateBuilder<string>();
            foreach (var item in list.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } word } && what == "unit word" && !word.All(char.IsLetter))
                {
                    Report(item, $"{key}: '{word}' must be letters only (the number comes before it: ⏱ 2h)");
                }
                else if (item is YamlScalarNode { Value: { Length: > 0 } symbol } && !IsNull(item))
                {
                    symbols.Add(symbol);
                }
                else
                {
                    Report(item, $"{key}: expected a {what}, got {Describe(item)}");
                }
            }

            return symbols.ToImmutable();
        }

        private void Report(YamlNode node, string message) => Diagnostics.Add(Error(DiagnosticCodes.SiteSettings, message, At(node.Start)));

        private SourceLocation At(Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));
    }

    /// <summary>YAML's null: an empty value, <c>~</c> or <c>null</c> written plain.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>What a value is, in the words of someone writing site.yml.</summary>
    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of 'key: value' settings",
        _ when IsNull(node) => "nothing",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: { } plain } when YamlNumber().IsMatch(plain) => "a number",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" or "True" or "False" or "TRUE" or "FALSE" } => "true or false",
        _ => "text",
    };

    /// <summary>
    /// A path (<c>/my-roadmap/</c>) or an http(s) URL. Not <c>//host/</c>: every page would load its scripts and
    /// styles from that other host.
    /// </summary>
    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && !value.Any(char.IsControl);

    /// <summary>A single folder name: a theme is looked up in <c>themes/</c> beside the content and nowhere else.</summary>
    private static bool IsFolderName(string value) =>
        !value.StartsWith('.') && value.Trim() == value && value.IndexOfAny(['/', '\\', ':']) < 0 && !value.Any(char.IsControl);

    /// <summary>Stops loading at <see cref="MaxNesting"/> levels of lists and groups: the loader recurses once a level.</summary>
    private sealed class NestingLimitedParser(IParser inner) : IParser
    {
        private int depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            if (inner.Current is MappingStart or SequenceStart && ++depth > MaxNesting)
            {
                throw new YamlException(inner.Current.Start, inner.Current.End, $"nested more than {MaxNesting} levels deep");
            }

            if (inner.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }

            return true;
        }
    }
}
