using RoadmapSite.Configuration;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site;

/// <summary>Everything one build of a site needs, resolved once: content, effective settings, URLs and theme.</summary>
public sealed record ResolvedSite
{
    internal ResolvedSite(ContentFolder content, SiteSettings settings, SiteUrls urls, Theme theme, TemplateRenderer templates)
    {
        Content = content;
        Settings = settings;
        Urls = urls;
        Theme = theme;
        Templates = templates;
    }

    public ContentFolder Content { get; init; }

    /// <summary>The effective settings: site.yml's, with the base URL the command line or environment chose.</summary>
    public SiteSettings Settings { get; init; }

    internal SiteUrls Urls { get; init; }

    internal Theme Theme { get; init; }

    internal TemplateRenderer Templates { get; init; }

    /// <summary>
    /// Serve mode: the number of this build in the serving session, which pages pass to the live-reload client so a
    /// page built before the latest rebuild reloads even if it connects after it. Null (never set) for a published build.
    /// </summary>
    public int? ServeBuildNumber { get; init; }

    /// <summary>
    /// Resolves the settings: <paramref name="baseUrlOverride"/> (the command line) wins over the
    /// ROADMAP_SITE_BASE_URL environment variable, which wins over site.yml.
    /// </summary>
    /// <exception cref="IOException">The theme cannot be found.</exception>
    /// <exception cref="ArgumentException">The effective base URL is not one (one message, instead of every link reported broken).</exception>
    public static ResolvedSite Create(ContentFolder content, string? baseUrlOverride, int? serveBuildNumber = null)
    {
        var baseUrl = FirstNonEmpty(baseUrlOverride, Environment.GetEnvironmentVariable(Configuration.SiteSettingsLoader.BaseUrlVariable), content.Settings.BaseUrl);
        if (SiteUrls.Problem(baseUrl) is { } problem)
        {
            var origin = !string.IsNullOrWhiteSpace(baseUrlOverride) ? "--base-url"
                : !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Configuration.SiteSettingsLoader.BaseUrlVariable)) ? Configuration.SiteSettingsLoader.BaseUrlVariable
                : "site.yml: base_url";
            throw new ArgumentException($"base URL '{baseUrl}' ({origin}): {problem}");
        }

        var settings = content.Settings with { BaseUrl = baseUrl };
        var defaultTheme = Theme.FindDefaultDirectory(content.Path)
            ?? throw new DirectoryNotFoundException("the default theme (themes/default) was not found next to the content folder or the roadmap-site program");
        string? overrideTheme = null;
        if (settings.Theme.Length > 0)
        {
            var themes = Path.GetFullPath(Path.Combine(content.Path, "..", "themes"));
            overrideTheme = Path.Combine(themes, settings.Theme);
            if (!Directory.Exists(overrideTheme))
            {
                throw new DirectoryNotFoundException($"theme '{settings.Theme}' (site.yml: theme) was not found at {overrideTheme}");
            }

            if (!new ContainedFolder(themes).Contains(overrideTheme))
            {
                throw new IOException($"theme '{settings.Theme}' (site.yml: theme) is a link leading outside {themes}: a theme is read only from there");
            }
        }

        var theme = new Theme(defaultTheme, overrideTheme);
        return new ResolvedSite(content, settings, new SiteUrls(settings.BaseUrl), theme, new TemplateRenderer(theme)) { ServeBuildNumber = serveBuildNumber };
    }

    private static string FirstNonEmpty(params string?[] values) => values.First(value => !string.IsNullOrWhiteSpace(value))!;
}
