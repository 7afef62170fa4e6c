using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using RoadmapSite.Pipelines;
using RoadmapSite.Rendering;
using RoadmapSite.Site.Links;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes <c>search-index.json</c>, which the search page and the <c>/</c> shortcut load: every item's title,
/// description and section, with the URL of its place in the section page. No external search service.
/// </summary>
internal sealed class BuildSearchIndex(SiteUrls urls) : IModule
{
    public const string Destination = SiteUrls.SearchIndexFile;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var roadmap = context.Roadmap();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var section in roadmap.Sections)
            {
                foreach (var item in section.AllItems().Where(item => item.Kind != Model.ItemKind.Placeholder))
                {
                    json.WriteStartObject();
                    json.WriteString("id", item.Id);
                    json.WriteString("title", item.Title);
                    if (LinkUrl.IsExternal(item.TitleUrl) && item.TitleUrl.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        // The title's own link (a video, an article): search results offer it beside the topic.
                        json.WriteString("link", item.TitleUrl);
                    }

                    json.WriteString("text", item.Description);
                    json.WriteString("section", section.Title);
                    json.WriteString("url", urls.Item(section.Id, item.Id));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Task.FromResult<ImmutableArray<Document>>([.. inputs, Document.Empty.WithDestination(Destination).WithContent(stream.ToArray())]);
    }
}
