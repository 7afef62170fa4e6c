using System.Collections.Immutable;
using RoadmapSite.Localization;
using RoadmapSite.Model;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Loads the interface text in the site's language (site.yml <c>language</c>): the default theme's
/// <c>i18n/&lt;language&gt;.yml</c>, single strings overridden by a site theme's copy, English for what is missing
/// (a warning per key).
/// </summary>
internal sealed class ReadStrings(Theme theme, string language) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var strings = StringTable.Load(language, theme.ResolveAll, (severity, message, location) =>
        {
            if (severity == Severity.Error)
            {
                context.ReportError(message, location?.File, location?.Line, location?.Column);
            }
            else
            {
                context.ReportWarning(message, location?.File, location?.Line, location?.Column);
            }
        });
        return Task.FromResult<ImmutableArray<Document>>([Document.Empty.WithMetadata(MetadataKeys.Strings, strings)]);
    }
}
