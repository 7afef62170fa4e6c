using System.Collections.Immutable;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Reads every file of the theme's <c>assets/</c> folder (an override theme's file replacing the default's), and warns
/// about theme files that are never read because they lead outside their theme (see <see cref="Configuration.ContainedFolder"/>).
/// </summary>
internal sealed class ReadThemeAssets(Theme theme) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        foreach (var skipped in theme.SkippedFiles())
        {
            context.ReportWarning("theme file skipped: it leads outside its theme folder (a link); only files inside the theme are read", skipped);
        }

        foreach (var (file, replacement) in theme.RetiredOverrides())
        {
            context.ReportWarning($"theme file not used: the default theme no longer has this layout; move your changes into layouts/{replacement}", file);
        }

        var assets = ImmutableArray.CreateBuilder<Document>();
        foreach (var path in theme.AssetPaths())
        {
            if (!theme.TryResolveAsset(path, out var file))
            {
                continue;
            }

            var content = await File.ReadAllBytesAsync(file, context.Cancellation).ConfigureAwait(false);
            assets.Add(Document.Empty.WithContent(content).WithMetadata(MetadataKeys.AssetPath, path));
        }

        return assets.ToImmutable();
    }
}
