using System.Text.Encodings.Web;
using System.Text.Json;
using RoadmapSite.Model;

namespace RoadmapSite.Data;

/// <summary>
/// Writes <c>roadmap.json</c>, the published contract between the parser and everything that reads a roadmap
/// (the site's scripts, other tools). docs/roadmap-json.md describes it; bump <see cref="SchemaVersion"/> on
/// any change that is not a pure addition.
/// </summary>
internal static class RoadmapJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <param name="publishedFile">How a content file is named in the published file (never a path of the build machine).</param>
    /// <param name="sectionUrl">A section's page, by its id: the one place the client learns section URLs from.</param>
    public static byte[] Write(Roadmap roadmap, Func<string, string> publishedFile, Func<string, string> sectionUrl)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("title", roadmap.Title);
            json.WriteString("direction", roadmap.Direction);
            WriteMinutes(json, "totalMinutes", roadmap.TotalMinutes);
            json.WriteStartArray("parts");
            var markdownPaths = MarkdownPaths(roadmap.Parts.Select(part => part.File).ToList());
            for (var i = 0; i < roadmap.Parts.Length; i++)
            {
                json.WriteStartObject();
                json.WriteString("title", roadmap.Parts[i].Title);
                json.WriteString("file", PortablePath(publishedFile(roadmap.Parts[i].File)));
                json.WriteString("markdown", markdownPaths[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("sections");
            foreach (var section in roadmap.Sections)
            {
                json.WriteStartObject();
                json.WriteString("id", section.Id);
                json.WriteString("title", section.Title);
                json.WriteString("url", sectionUrl(section.Id));
                json.WriteNumber("part", section.Part);
                WriteMinutes(json, "totalMinutes", section.TotalMinutes);
                WriteSource(json, section.Source, publishedFile);
                WriteItems(json, section.Items, publishedFile);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteItems(Utf8JsonWriter json, IEnumerable<RoadmapItem> items, Func<string, string> publishedFile, string property = "items")
    {
        json.WriteStartArray(property);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            if (item.Aliases.Length > 0)
            {
                json.WriteStartArray("aliases");
                item.Aliases.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }

            json.WriteString("kind", item.Kind.ToString().ToLowerInvariant());
            json.WriteString("title", item.Title);
            json.WriteString("description", item.Description);
            if (item.Difficulty == Difficulty.None)
            {
                json.WriteNull("difficulty");
            }
            else
            {
                json.WriteString("difficulty", item.Difficulty.ToString().ToLowerInvariant());
            }

            if (item.Importance is { } importance)
            {
                json.WriteNumber("importance", importance);
            }
            else
            {
                json.WriteNull("importance");
            }

            WriteMinutes(json, "estimateMinutes", item.EstimateMinutes);
            WriteMinutes(json, "totalMinutes", item.TotalMinutes);
            json.WriteBoolean("trackable", item.Trackable);
            json.WriteBoolean("checked", item.Checked);
            if (item.AuthorInProgress)
            {
                json.WriteString("authorState", "in-progress");
            }

            json.WriteStartArray("links");
            foreach (var link in item.Links)
            {
                json.WriteStartObject();
                json.WriteString("text", link.Text);
                json.WriteString("url", link.Url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteSource(json, item.Source, publishedFile);
            if (item.CheckboxStart >= 0)
            {
                json.WriteStartObject("checkbox");
                json.WriteNumber("offset", item.CheckboxStart);
                json.WriteNumber("length", item.CheckboxLength);
                json.WriteEndObject();
            }

            WriteItems(json, item.Children, publishedFile, "children");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Where each content file's Markdown is published, relative to the site root: <c>markdown/&lt;file name&gt;</c>, or
    /// with the part's number in front when two parts share a file name.
    /// </summary>
    public static IReadOnlyList<string> MarkdownPaths(IReadOnlyList<string> files)
    {
        var names = files.Select(file => Path.GetFileName(PortablePath(file))).ToList();
        return [.. names.Select((name, i) => names.Count(other => other == name) > 1 ? $"markdown/{i + 1}-{name}" : $"markdown/{name}")];
    }

    private static void WriteMinutes(Utf8JsonWriter json, string property, int? minutes)
    {
        if (minutes is { } value)
        {
            json.WriteNumber(property, value);
        }
        else
        {
            json.WriteNull(property);
        }
    }

    private static void WriteSource(Utf8JsonWriter json, SourceLocation source, Func<string, string> publishedFile)
    {
        json.WriteStartObject("source");
        json.WriteString("file", PortablePath(publishedFile(source.File)));
        json.WriteNumber("line", source.Line);
        json.WriteEndObject();
    }

    private static string PortablePath(string path) => path.Replace('\\', '/');
}
