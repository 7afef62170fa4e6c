using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RoadmapSite.Parsing;

/// <summary>
/// The <c>{#id}</c> an author writes at the end of an item or heading to pin its id, optionally with the
/// ids it had before: <c>{#new-id aka=old-id}</c> or <c>{#new-id aka="old-a old-b"}</c>. Progress saved
/// under an alias follows the item.
/// </summary>
internal static partial class ExplicitId
{
    public sealed record Match(string Id, ImmutableArray<string> Aliases, int Start);

    /// <summary>Finds the attribute block at the end of <paramref name="text"/>; <c>Start</c> is where it begins.</summary>
    public static Match? FindAtEnd(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var aliases = match.Groups["aka"].Value.Trim('"')
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .ToImmutableArray();
        return new Match(match.Groups["id"].Value, aliases, match.Index);
    }

    /// <summary>Whether an id can be used as-is in URLs, HTML ids and storage keys.</summary>
    public static bool IsValid(string id) => ValidId().IsMatch(id);

    [GeneratedRegex("""\s*\{#(?<id>[^\s{}]+)(?:\s+aka=(?<aka>"[^"]*"|[^\s{}]+))?\s*\}\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}_.\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidId();
}
