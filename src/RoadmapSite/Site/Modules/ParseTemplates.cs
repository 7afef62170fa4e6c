using System.Collections.Immutable;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Parses the theme's layouts before the pages are made (see <see cref="TemplateRenderer.Prepare"/>); the Pages pipeline's
/// input, so it runs while the roadmap is parsed and the graphs are laid out. Makes no documents.
/// </summary>
internal sealed class ParseTemplates(TemplateRenderer renderer) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        renderer.Prepare();
        return Task.FromResult(ImmutableArray<Document>.Empty);
    }
}
