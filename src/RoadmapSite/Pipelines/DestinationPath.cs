namespace RoadmapSite.Pipelines;

/// <summary>Keeps every destination a plain relative path inside the output folder, portable to any host.</summary>
internal static class DestinationPath
{
    // Characters Windows and common hosts reject; refusing them everywhere keeps a site buildable on any machine.
    private static readonly char[] UnportableCharacters = ['\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>Null when <paramref name="destination"/> is acceptable, otherwise why not.</summary>
    public static string? Problem(string destination)
    {
        if (destination.StartsWith('/'))
        {
            return $"Destination '{destination}' must be relative to the output folder (no leading '/').";
        }

        if (destination.IndexOfAny(UnportableCharacters) >= 0 || destination.Any(char.IsControl))
        {
            return $"Destination '{destination}' contains a character that is not portable (use '/' as the separator; avoid \\ : * ? \" < > | and control characters).";
        }

        if (destination.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            return $"Destination '{destination}' has an empty, '.' or '..' segment; it must name a file inside the output folder.";
        }

        return null;
    }

    public static string ToFullPath(string outputDirectory, string destination) =>
        Path.Combine([outputDirectory, .. destination.Split('/')]);
}
