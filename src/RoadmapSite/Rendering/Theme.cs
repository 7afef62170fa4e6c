using System.Collections.Immutable;
using RoadmapSite.Configuration;

namespace RoadmapSite.Rendering;

/// <summary>
/// The default theme plus an optional override theme whose files replace the default's one by one,
/// the way a Hugo or Zola site overrides a single template without copying the rest.
/// </summary>
internal sealed class Theme
{
    private const string DefaultThemeRelativePath = "themes/default";

    /// <summary>Override theme first: its files win. Each theme's files must stay inside that theme's own folder.</summary>
    private readonly ImmutableArray<ContainedFolder> roots;

    public Theme(string defaultDirectory, string? overrideDirectory = null)
    {
        if (!Directory.Exists(defaultDirectory))
        {
            throw new DirectoryNotFoundException($"Theme folder not found: {defaultDirectory}");
        }

        if (overrideDirectory is not null && !Directory.Exists(overrideDirectory))
        {
            throw new DirectoryNotFoundException($"Override theme folder not found: {overrideDirectory}");
        }

        DefaultDirectory = Path.GetFullPath(defaultDirectory);
        OverrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);
        roots = [.. new[] { OverrideDirectory, DefaultDirectory }.OfType<string>().Select(root => new ContainedFolder(root))];
    }

    public string DefaultDirectory { get; }

    public string? OverrideDirectory { get; }

    /// <summary>
    /// Finds a theme file such as <c>layouts/partials/head.sbn</c> or <c>assets/css/site.css</c>;
    /// the override theme's copy wins. Paths that climb out of the theme (by '..' or a link) and hidden files never resolve.
    /// </summary>
    public bool TryResolve(string relativePath, out string fullPath)
    {
        fullPath = "";
        var normalized = Normalize(relativePath);
        if (normalized is null)
        {
            return false;
        }

        foreach (var root in roots)
        {
            var entry = root.Find(normalized);
            if (entry.Status == FolderEntryStatus.Inside)
            {
                fullPath = entry.FullPath;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every file under either theme's <c>assets/</c>, as paths relative to <c>assets/</c> with '/'
    /// separators, sorted ordinally; resolve each with <see cref="TryResolveAsset"/> to get the winning copy.
    /// Hidden files (<c>assets/.env</c>) and files leading outside their theme are not among them.
    /// </summary>
    public IEnumerable<string> AssetPaths() =>
        new SortedSet<string>(
            roots.SelectMany(root => root.Files("assets"))
                .Where(entry => entry.Status == FolderEntryStatus.Inside)
                .Select(entry => entry.RelativePath["assets/".Length..]),
            StringComparer.Ordinal);

    /// <summary>
    /// The name of every layout either theme has (<c>index</c>, <c>partials/tree-item</c>), as <c>include</c> and
    /// <see cref="TemplateRenderer"/> name them, sorted ordinally.
    /// </summary>
    public IEnumerable<string> LayoutNames() =>
        new SortedSet<string>(
            roots.SelectMany(root => root.Files("layouts"))
                .Where(entry => entry.Status == FolderEntryStatus.Inside && entry.RelativePath.EndsWith(".sbn", StringComparison.Ordinal))
                .Select(entry => entry.RelativePath["layouts/".Length..^".sbn".Length]),
            StringComparer.Ordinal);

    /// <summary>
    /// Layouts the default theme once had and has folded into another: a site theme's copy of one would be ignored
    /// without a word, so the build names it and where its changes belong now.
    /// </summary>
    private static readonly (string Layout, string Replacement)[] RetiredLayouts =
    [
        ("partials/tree-item-row.sbn", "partials/tree-item.sbn"),
        ("partials/tree-item-body.sbn", "partials/tree-item.sbn"),
    ];

    /// <summary>The site theme's files that override a retired layout, each with the layout that replaced it.</summary>
    public IEnumerable<(string File, string Replacement)> RetiredOverrides() =>
        OverrideDirectory is null
            ? []
            : RetiredLayouts
                .Select(retired => (File: Path.Combine(OverrideDirectory, "layouts", retired.Layout), retired.Replacement))
                .Where(retired => File.Exists(retired.File));

    /// <summary>Theme files that are never read because they lead outside their theme's folder (links), for the build to warn about.</summary>
    public IEnumerable<string> SkippedFiles() =>
        roots.SelectMany(root => root.Files().Where(entry => entry.Status == FolderEntryStatus.Outside).Select(entry => entry.FullPath));

    /// <summary>Every copy of a theme file, the default theme's first and the override theme's last (for files merged key by key).</summary>
    public IReadOnlyList<string> ResolveAll(string relativePath)
    {
        var normalized = Normalize(relativePath);
        if (normalized is null)
        {
            return [];
        }

        return [.. roots.Reverse().Select(root => root.Find(normalized)).Where(entry => entry.Status == FolderEntryStatus.Inside).Select(entry => entry.FullPath)];
    }

    /// <summary>Resolves an asset path as returned by <see cref="AssetPaths"/>, override theme first.</summary>
    public bool TryResolveAsset(string assetPath, out string fullPath) => TryResolve("assets/" + assetPath, out fullPath);

    /// <summary>
    /// Finds <c>themes/default</c>: next to the CLI binary (where the build copies it), or in a folder
    /// at or above one of <paramref name="startDirectories"/> (a checkout), then above the current
    /// directory and the application's base directory. Returns null when there is none.
    /// </summary>
    public static string? FindDefaultDirectory(params string?[] startDirectories)
    {
        var starts = startDirectories
            .Append(Directory.GetCurrentDirectory())
            .Append(AppContext.BaseDirectory)
            .OfType<string>()
            .Where(s => s.Length > 0);

        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, DefaultThemeRelativePath);
                if (Directory.Exists(Path.Combine(candidate, "layouts")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? Normalize(string relativePath)
    {
        var path = relativePath.Replace('\\', '/').TrimStart('/');
        if (path.Length == 0 || Path.IsPathRooted(path))
        {
            return null;
        }

        var segments = path.Split('/');
        return segments.Any(s => s.Length == 0 || s.StartsWith('.')) ? null : path;
    }
}
