using Markdig.Extensions.Emoji;

namespace RoadmapSite.Parsing;

/// <summary>
/// Emoji shortcodes as GitHub renders them (<c>:rocket:</c> → 🚀, <c>:white_check_mark:</c> → ✅): gemoji's aliases,
/// the list GitHub uses, instead of Markdig's own (which lacks about 300 of them and maps a few differently); and no
/// text smileys, which GitHub leaves as written.
/// </summary>
internal static partial class GitHubEmoji
{
    /// <summary>Built on call (the pipeline asks once): a static field here would run before the table in the other part is set.</summary>
    public static EmojiMapping CreateMapping() => new(
        Shortcodes.ToDictionary(pair => ":" + pair.Shortcode + ":", pair => pair.Emoji, StringComparer.Ordinal),
        new Dictionary<string, string>(StringComparer.Ordinal));
}
