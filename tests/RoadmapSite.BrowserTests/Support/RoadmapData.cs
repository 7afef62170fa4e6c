using System.Text.Json;

namespace RoadmapSite.BrowserTests.Support;

/// <summary>Reads a built site's roadmap.json: its trackable topics in order and its published Markdown files.</summary>
public static class RoadmapData
{
    public static IReadOnlyList<TrackableItem> Trackable(string siteDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(siteDirectory, "roadmap.json")));
        var items = new List<TrackableItem>();
        foreach (var section in document.RootElement.GetProperty("sections").EnumerateArray())
        {
            Collect(section.GetProperty("items"), section.GetProperty("id").GetString()!, section.GetProperty("part").GetInt32(), items);
        }

        return items;
    }

    public static int Sections(string siteDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(siteDirectory, "roadmap.json")));
        return document.RootElement.GetProperty("sections").GetArrayLength();
    }

    public static IReadOnlyList<string> MarkdownParts(string siteDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(siteDirectory, "roadmap.json")));
        return [.. document.RootElement.GetProperty("parts").EnumerateArray().Select(part => part.GetProperty("markdown").GetString()!)];
    }

    private static void Collect(JsonElement list, string section, int part, List<TrackableItem> into)
    {
        foreach (var item in list.EnumerateArray())
        {
            if (item.GetProperty("trackable").GetBoolean())
            {
                var checkbox = item.GetProperty("checkbox");
                into.Add(new TrackableItem(
                    item.GetProperty("id").GetString()!,
                    item.GetProperty("title").GetString()!,
                    section,
                    part,
                    item.GetProperty("checked").GetBoolean(),
                    item.GetProperty("difficulty").ValueKind == JsonValueKind.String ? item.GetProperty("difficulty").GetString() : null,
                    item.GetProperty("importance").ValueKind == JsonValueKind.Number ? item.GetProperty("importance").GetInt32() : null,
                    checkbox.GetProperty("offset").GetInt32(),
                    checkbox.GetProperty("length").GetInt32(),
                    item.TryGetProperty("aliases", out var aliases) ? [.. aliases.EnumerateArray().Select(alias => alias.GetString()!)] : [],
                    item.GetProperty("children").GetArrayLength() > 0));
            }

            Collect(item.GetProperty("children"), section, part, into);
        }
    }
}
