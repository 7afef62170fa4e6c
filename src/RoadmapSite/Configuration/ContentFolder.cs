using System.Collections.Immutable;
using RoadmapSite.Model;
using RoadmapSite.Parsing;

namespace RoadmapSite.Configuration;

/// <summary>
/// Where a roadmap's content comes from: a folder (its <c>site.yml</c> and its Markdown files, in the order
/// site.yml lists them or by file name) or a single Markdown file with default settings.
/// </summary>
public sealed record ContentFolder(string Path, string DisplayPath, SiteSettings Settings, ImmutableArray<SourceDocument> Documents, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the content is a folder of its own (not a single Markdown file): only then are its other files published.</summary>
    public bool IsFolder { get; init; } = true;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <exception cref="IOException">The path does not exist or a file cannot be read.</exception>
    public static ContentFolder Load(string path)
    {
        var display = path;
        if (File.Exists(path))
        {
            return new ContentFolder(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, display, SiteSettings.Default, [Read(path, display)], []) { IsFolder = false };
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder");
        }

        var (settings, diagnostics) = SiteSettingsLoader.Load(path, display);
        if (diagnostics.Any(d => d.Code == DiagnosticCodes.ContentFiles))
        {
            return new ContentFolder(path, display, settings, [], diagnostics);
        }

        // Only files inside the folder are read (see ContainedFolder): the loader has reported the listed ones that are not,
        // and a Markdown link leading out of the folder is skipped with a warning.
        var folder = new ContainedFolder(path);
        List<FolderEntry> entries = settings.Files.Length > 0
            ? [.. settings.Files.Select(folder.Find)]
            : folder.Files(recursive: false).Where(entry => entry.RelativePath.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var files = entries.Where(entry => entry.Status == FolderEntryStatus.Inside).Select(entry => entry.FullPath).ToList();
        diagnostics = diagnostics.AddRange(entries.Where(entry => entry.Status == FolderEntryStatus.Outside).Select(entry =>
            new Diagnostic(Severity.Warning, DiagnosticCodes.ContentFiles, $"skipped: it {entry.Refusal("content folder")}", new SourceLocation(DisplayName(entry.FullPath, path, display), 1, 1))));
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"{path}: no Markdown (*.md) files in this folder");
        }

        return new ContentFolder(path, display, settings, [.. files.Select(file => Read(file, DisplayName(file, path, display)))], diagnostics);
    }

    /// <summary>
    /// A content file as published files (roadmap.json) name it: the content folder's own name and the file's path in
    /// it (<c>content/roadmap.md</c>), or a single file's name; never the path it was given by, which may be absolute
    /// and tell the build machine's folders (<c>/home/alice/…</c>).
    /// </summary>
    public string PublishedName(string displayFile)
    {
        if (!IsFolder)
        {
            return System.IO.Path.GetFileName(displayFile);
        }

        var folderName = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(Path)));
        var inside = System.IO.Path.GetRelativePath(DisplayPath, displayFile);
        return folderName.Length > 0 ? System.IO.Path.Combine(folderName, inside) : inside;
    }

    private static string DisplayName(string file, string folder, string displayFolder) =>
        System.IO.Path.Combine(displayFolder, System.IO.Path.GetRelativePath(folder, file));

    private static SourceDocument Read(string file, string display)
    {
        var text = InputFileGuard.ReadAllText(file, display, out var byteOrderMark);
        return new(display, text, byteOrderMark);
    }
}
