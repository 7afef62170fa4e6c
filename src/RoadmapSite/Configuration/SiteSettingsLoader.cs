using System.Collections.Immutable;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RoadmapSite.Configuration;

/// <summary>
/// Reads <c>site.yml</c>. A missing file means the defaults; an unknown key or a wrong value is a
/// diagnostic pointing at its line and column, so a typo never passes silently.
/// </summary>
public static class SiteSettingsLoader
{
    public const string FileName = "site.yml";

    /// <summary>The environment variable a CI sets to publish under a sub-path (GitHub Pages' base path).</summary>
    public const string BaseUrlVariable = "ROADMAP_SITE_BASE_URL";

    public static (SiteSettings Settings, ImmutableArray<Diagnostic> Diagnostics) Load(string contentDirectory, string displayDirectory)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var display = Path.Combine(displayDirectory, FileName);
        if (!File.Exists(path))
        {
            return (SiteSettings.Default, []);
        }

        return Parse(File.ReadAllText(path), display);
    }

    public static (SiteSettings Settings, ImmutableArray<Diagnostic> Diagnostics) Parse(string yaml, string file)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        SiteFile? raw;
        try
        {
            raw = deserializer.Deserialize<SiteFile?>(yaml);
        }
        catch (YamlException exception)
        {
            var message = (exception.InnerException?.Message ?? exception.Message).Split('\n')[0];
            if (message.Contains("not found on type", StringComparison.Ordinal))
            {
                message = $"unknown setting; known settings are: {string.Join(", ", SiteFile.Keys)}";
            }
            else if (message.Contains("Invalid cast", StringComparison.Ordinal) || message.Contains("Expected", StringComparison.Ordinal))
            {
                // YamlDotNet names .NET types here; say it in the author's terms.
                message = "this value has the wrong shape (a list where text is expected, or text where a list is): see the site.yml reference in the README";
            }

            var location = new SourceLocation(file, (int)exception.Start.Line, (int)exception.Start.Column);
            return (SiteSettings.Default, [new Diagnostic(Severity.Error, DiagnosticCodes.SiteSettings, message, location)]);
        }

        if (raw is null)
        {
            return (SiteSettings.Default, []);
        }

        var defaults = SiteSettings.Default;
        var settings = new SiteSettings
        {
            Title = raw.Title ?? defaults.Title,
            Description = raw.Description ?? defaults.Description,
            SiteId = raw.SiteId ?? defaults.SiteId,
            BaseUrl = raw.BaseUrl ?? defaults.BaseUrl,
            RepositoryUrl = raw.RepositoryUrl ?? defaults.RepositoryUrl,
            Language = raw.Language ?? defaults.Language,
            Theme = raw.Theme ?? defaults.Theme,
            Files = raw.Files is null ? defaults.Files : [.. raw.Files],
            Markers = raw.Markers?.ToVocabulary() ?? defaults.Markers,
        };

        var diagnostics = new List<Diagnostic>();
        if (!Parsing.ExplicitId.IsValid(settings.SiteId))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.SiteSettings, $"site_id '{settings.SiteId}' must be letters, digits, '-', '_' or '.'", new SourceLocation(file, 1, 1)));
        }

        return (settings, [.. diagnostics]);
    }

    /// <summary>The shape of site.yml, as YAML keys (snake_case).</summary>
    private sealed class SiteFile
    {
        public static readonly string[] Keys = ["title", "description", "site_id", "base_url", "repository_url", "language", "theme", "files", "markers"];

        public string? Title { get; set; }

        public string? Description { get; set; }

        public string? SiteId { get; set; }

        public string? BaseUrl { get; set; }

        public string? RepositoryUrl { get; set; }

        public string? Language { get; set; }

        public string? Theme { get; set; }

        public List<string>? Files { get; set; }

        public MarkersFile? Markers { get; set; }
    }

    private sealed class MarkersFile
    {
        public List<string>? Easy { get; set; }

        public List<string>? Medium { get; set; }

        public List<string>? Hard { get; set; }

        public List<string>? Importance { get; set; }

        public MarkerVocabulary ToVocabulary()
        {
            var defaults = MarkerVocabulary.Default;
            if (Easy is null && Medium is null && Hard is null)
            {
                return defaults with { Importance = Importance is null ? defaults.Importance : [.. Importance] };
            }

            var difficulty = ImmutableDictionary.CreateBuilder<string, Difficulty>(StringComparer.Ordinal);
            foreach (var (symbols, level) in new[] { (Easy, Difficulty.Easy), (Medium, Difficulty.Medium), (Hard, Difficulty.Hard) })
            {
                foreach (var symbol in symbols ?? [])
                {
                    difficulty[symbol] = level;
                }
            }

            return new MarkerVocabulary
            {
                Difficulty = difficulty.ToImmutable(),
                Importance = Importance is null ? defaults.Importance : [.. Importance],
            };
        }
    }
}
