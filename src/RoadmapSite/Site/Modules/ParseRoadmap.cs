using System.Collections.Immutable;
using RoadmapSite.Configuration;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;

namespace RoadmapSite.Site.Modules;

/// <summary>Parses the content files into one <see cref="Roadmap"/> and reports its diagnostics; errors fail the build.</summary>
internal sealed class ParseRoadmap(SiteSettings settings) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ContentSanitizer.Prepare();
        var sources = inputs.Select(input => input.Get(MetadataKeys.Source)).ToList();
        var roadmap = RoadmapParser.Parse(sources, settings.Markers, settings.Title, settings.Description);
        foreach (var diagnostic in roadmap.Diagnostics)
        {
            var (file, line, column) = (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column);
            var message = $"{diagnostic.Message} [{diagnostic.Code}]";
            if (diagnostic.Severity == Severity.Error)
            {
                context.ReportError(message, file, line, column);
            }
            else
            {
                context.ReportWarning(message, file, line, column);
            }
        }

        return Task.FromResult<ImmutableArray<Document>>([Document.Empty.WithMetadata(MetadataKeys.Roadmap, roadmap).WithMetadata<IReadOnlyList<SourceDocument>>(MetadataKeys.Sources, sources)]);
    }
}
