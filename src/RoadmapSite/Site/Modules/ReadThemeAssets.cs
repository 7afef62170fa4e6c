using System.Collections.Immutable;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>Reads every file of the theme's <c>assets/</c> folder (an override theme's file replacing the default's).</summary>
public sealed class ReadThemeAssets(Theme theme) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var assets = ImmutableArray.CreateBuilder<Document>();
        foreach (var path in theme.AssetPaths())
        {
            if (!theme.TryResolve("assets/" + path, out var file))
            {
                continue;
            }

            var content = await File.ReadAllBytesAsync(file, context.Cancellation).ConfigureAwait(false);
            assets.Add(Document.Empty.WithContent(content).WithMetadata(MetadataKeys.AssetPath, path));
        }

        return assets.ToImmutable();
    }
}
