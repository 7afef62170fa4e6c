using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Data;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>Publishes <c>roadmap.json</c>, the roadmap as data (docs/roadmap-json.md).</summary>
internal sealed class WriteRoadmapJson(ContentFolder content, SiteUrls urls) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult<ImmutableArray<Document>>([.. inputs, Document.Empty.WithDestination("roadmap.json").WithContent(RoadmapJson.Write(context.Roadmap(), content.PublishedName, urls.Section))]);
}
