using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoadmapSite.Cli;

/// <summary>
/// JSON metadata for <c>check --json</c>, generated at compile time so the native AOT binary serialises without
/// reflection. The names are the documented ones (README: path, sections, items, trackable, diagnostics[...]).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<CheckCommand.CheckReport>))]
internal sealed partial class CheckJsonContext : JsonSerializerContext
{
    /// <summary>Indented for a reader, text as written (non-ASCII file names and messages are not escaped).</summary>
    public static CheckJsonContext Output { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
