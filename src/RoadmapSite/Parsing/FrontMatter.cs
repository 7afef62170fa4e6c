using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Parsing;

/// <summary>
/// A Markdown file's YAML front matter (<c>---</c> … <c>---</c> at its top), read with YamlDotNet's representation
/// model (no reflection, so it stays native-AOT safe). Only <c>title</c> means something to the site.
/// </summary>
internal static class FrontMatter
{
    /// <summary>The front matter's <c>title</c>, or null when it has none; <paramref name="problem"/> says why YAML that does not parse was ignored.</summary>
    public static string? Title(YamlFrontMatterBlock block, out string? problem)
    {
        problem = null;
        // The block's lines include the opening and closing --- fences, which are YAML document markers.
        var text = string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(line => line.ToString()));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            problem = $"front matter is not valid YAML and is ignored: {(exception.InnerException?.Message ?? exception.Message).Split('\n')[0]}";
            return null;
        }

        return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode mapping
            && mapping.Children.TryGetValue(new YamlScalarNode("title"), out var title)
            && title is YamlScalarNode { Value: { Length: > 0 } value }
                ? value.Trim()
                : null;
    }
}
