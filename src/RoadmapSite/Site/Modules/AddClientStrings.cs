using System.Collections.Immutable;
using RoadmapSite.Localization;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Adds the interface text the scripts use (<see cref="ClientStrings"/>) to the assets as <c>strings.json</c>, so it is
/// fingerprinted and cached like them: one file for the whole site, fetched once, instead of a copy in every page
/// (9.5 KB of each page of the default roadmap, bench/notes.md).
/// </summary>
internal sealed class AddClientStrings : IModule
{
    /// <summary>The asset's path among the theme's assets; published as <c>assets/strings.&lt;hash&gt;.json</c>.</summary>
    private const string AssetPath = PageModelFactory.StringsAsset;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (inputs.Any(asset => asset.Get(MetadataKeys.AssetPath) == AssetPath))
        {
            context.ReportError($"the theme has a file assets/{AssetPath}: that name is the interface strings' own (from i18n/<language>.yml); rename the file");
            return Task.FromResult(inputs);
        }

        var strings = Document.Empty.WithContent(ClientStrings.Json(context.Strings())).WithMetadata(MetadataKeys.AssetPath, AssetPath);
        return Task.FromResult(inputs.Add(strings));
    }
}
