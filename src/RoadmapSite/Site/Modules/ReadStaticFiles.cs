using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes the content folder's other files (images, PDFs…) at the same relative path, as Hugo does with a
/// page bundle, so the Markdown's relative links and images keep working. Markdown files and site.yml are not
/// copied; nothing is, when the content is a single file rather than a folder of its own.
/// </summary>
public sealed class ReadStaticFiles(ContentFolder content) : IModule
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".yml", ".yaml" };

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!content.IsFolder)
        {
            return [];
        }

        var files = Directory.EnumerateFiles(content.Path, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(content.Path, file).Replace('\\', '/'))
            .Where(file => !Skipped.Contains(Path.GetExtension(file)) && !file.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(content.Path, file), context.Cancellation).ConfigureAwait(false);
            documents.Add(Document.Empty.WithDestination(file).WithContent(bytes));
        }

        return documents.ToImmutable();
    }
}
