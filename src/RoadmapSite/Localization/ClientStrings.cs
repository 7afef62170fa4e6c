using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace RoadmapSite.Localization;

/// <summary>
/// The table as the scripts get it: one fingerprinted file for the whole site (<c>assets/strings.&lt;hash&gt;.json</c>,
/// <c>AddClientStrings</c>), which every page names in <c>&lt;link id="rs--strings"&gt;</c> and
/// i18n.js fetches (cached, so a page carries none of it). Plural forms stay groups, chosen in the browser by
/// <c>Intl.PluralRules</c>.
/// </summary>
internal static class ClientStrings
{
    // Every script keeps its own letters (Persian text is not six times longer as \u escapes); <, >, & and quotes are
    // still escaped, as they were when the table was a block in each page.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The strings the scripts use, by key prefix (the rest is written into the pages at build time): every first visit
    /// loads these, so they are kept to what i18n.js is asked for (a test checks every t('…') of the theme's scripts is here).
    /// </summary>
    public static readonly string[] Prefixes =
    [
        "announce.", "banner.", "count.topics", "difficulty.", "filters.status", "filters.here", "filters.difficulty", "filters.importance",
        "filters.state", "graph.node_", "header.theme", "import.", "meter.", "next.", "notes.mine", "pace.", "panel.", "search.", "state.", "state_title.", "time.", "topic.",
    ];

    public static bool IsClientKey(string key) => Prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    public static string Json(StringTable strings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("lang", strings.Language);
            json.WriteStartObject("strings");
            foreach (var key in strings.Keys.Where(IsClientKey))
            {
                var entry = strings.Raw(key);
                if (entry.Text is { } text)
                {
                    json.WriteString(key, text);
                    continue;
                }

                json.WriteStartObject(key);
                foreach (var (category, form) in entry.Forms!.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    json.WriteString(category, form);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
