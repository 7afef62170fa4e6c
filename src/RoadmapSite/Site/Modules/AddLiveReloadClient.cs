using System.Collections.Immutable;
using RoadmapSite.Pipelines;
using RoadmapSite.Serving;

namespace RoadmapSite.Site.Modules;

/// <summary>Serve mode only: publishes the live-reload client the pages load (<see cref="LiveReloadHub"/>).</summary>
internal sealed class AddLiveReloadClient : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        await using var stream = typeof(AddLiveReloadClient).Assembly.GetManifestResourceStream("live-reload.js")!;
        using var reader = new StreamReader(stream);
        return [Document.FromText(LiveReloadHub.ClientScriptPath, await reader.ReadToEndAsync(context.Cancellation).ConfigureAwait(false))];
    }
}
