using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;
using Scriban.Runtime;

namespace RoadmapSite.Site.Modules;

/// <summary>Renders each page with its Scriban layout; a template error names the theme file, line and column.</summary>
internal sealed class RenderTemplates(TemplateRenderer renderer) : ForEachDocument
{
    /// <summary>Rendering time grows with the topics a page shows (<see cref="MetadataKeys.TopicsShown"/>).</summary>
    protected override long Cost(Document input) => input.GetOrDefault(MetadataKeys.TopicsShown, 0);

    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        try
        {
            var html = renderer.RenderUtf8(input.Get(MetadataKeys.Layout), input.Get(MetadataKeys.PageModel)!());
            return ValueTask.FromResult<IEnumerable<Document>>([input.WithContent(html).WithMetadata(MetadataKeys.PageModel, null)]);
        }
        catch (TemplateException exception)
        {
            context.ReportError(exception.Problem, exception.File, exception.Line, exception.Column);
            return ValueTask.FromResult<IEnumerable<Document>>([]);
        }
    }
}
