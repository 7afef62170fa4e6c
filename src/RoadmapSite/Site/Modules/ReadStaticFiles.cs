using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes the content folder's other files (images, PDFs…) at the same relative path, as Hugo does with a
/// page bundle, so the Markdown's relative links and images keep working. Markdown files and site.yml are not
/// copied; nothing is, when the content is a single file rather than a folder of its own.
/// </summary>
/// <remarks>
/// Whatever is published here runs with the site's origin, where a script reads every visitor's progress (and
/// <c>'self'</c> in the Content-Security-Policy allows it). So only inert types are published by default, SVG is
/// sanitised, and HTML, JavaScript or any other type only when site.yml's <c>publish_active_files</c> names the file.
/// Files that are hidden or lead outside the folder are never read (see <see cref="ContainedFolder"/>).
/// A file left out is not among this pipeline's outputs, so a Markdown link to it is reported like any broken link.
/// </remarks>
internal sealed class ReadStaticFiles(ContentFolder content) : IModule
{
    private static readonly HashSet<string> Sources = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".yml", ".yaml" };

    private static readonly HashSet<string> Inert = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".bmp", ".tif", ".tiff",
        ".pdf", ".txt", ".csv", ".tsv", ".json",
        ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".mp4", ".m4v", ".webm", ".ogv", ".mov",
        ".woff", ".woff2", ".ttf", ".otf",
        ".zip", ".gz", ".tgz", ".tar", ".7z",
        ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub",
    };

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!content.IsFolder)
        {
            return [];
        }

        var folder = new ContainedFolder(content.Path);
        var listed = new HashSet<string>(content.Settings.PublishActiveFiles.Select(file => folder.Find(file).RelativePath), StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var entry in folder.Files())
        {
            var display = Path.Combine(content.DisplayPath, entry.RelativePath);
            var kind = KindOf(entry.RelativePath);
            if (kind == ContentFileKind.Source)
            {
                continue;
            }

            if (entry.Status != FolderEntryStatus.Inside)
            {
                context.ReportWarning($"not published: it {entry.Refusal("content folder")}", display);
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(entry.FullPath, context.Cancellation).ConfigureAwait(false);
            if (listed.Contains(entry.RelativePath))
            {
                context.ReportWarning("published as is, as site.yml's publish_active_files asks: a browser runs what it holds with this site's origin (and its visitors' progress)", display);
            }
            else if (kind == ContentFileKind.Active)
            {
                context.ReportWarning($"not published: a browser could run what {TypeOf(entry.RelativePath)} holds with this site's origin; list it in site.yml's publish_active_files to publish it as is", display);
                continue;
            }
            else if (kind == ContentFileKind.Svg)
            {
                if (SvgSanitizer.Sanitize(bytes) is not { } sanitized)
                {
                    context.ReportWarning("not published: it is not an SVG document (well-formed XML with an <svg> root)", display);
                    continue;
                }

                if (sanitized.Removed.Length > 0)
                {
                    context.ReportWarning($"published without what could run or load other files: {string.Join(", ", sanitized.Removed)}", display);
                }

                bytes = System.Text.Encoding.UTF8.GetBytes(sanitized.Svg);
            }

            documents.Add(Document.Empty.WithDestination(entry.RelativePath).WithContent(bytes));
        }

        return documents.ToImmutable();
    }

    private static ContentFileKind KindOf(string file)
    {
        var extension = Path.GetExtension(file);
        return Sources.Contains(extension) ? ContentFileKind.Source
            : Inert.Contains(extension) ? ContentFileKind.Inert
            : extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) ? ContentFileKind.Svg
            : ContentFileKind.Active;
    }

    private static string TypeOf(string file) => Path.GetExtension(file) is { Length: > 0 } extension ? $"a {extension} file" : "a file without an extension";
}
