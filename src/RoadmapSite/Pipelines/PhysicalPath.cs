namespace RoadmapSite.Pipelines;

/// <summary>
/// Paths as the file system sees them: <c>..</c> removed and every symbolic link followed, so two spellings of one
/// folder compare equal and a link cannot disguise where a build would write.
/// </summary>
internal static class PhysicalPath
{
    // The same bound as Linux's ELOOP: a chain of links longer than this is a loop.
    private const int MaxLinks = 40;

    /// <summary>Case-insensitive where the usual file systems are (Windows, macOS).</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full path with every link in it followed; parts that do not exist yet are kept as written.</summary>
    /// <exception cref="IOException">A chain of links loops.</exception>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(path, ref links);
    }

    public static bool AreSame(string left, string right) => string.Equals(left, right, Comparison);

    /// <summary>Whether <paramref name="path"/> lies strictly inside <paramref name="folder"/> (both resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, Comparison);
    }

    private static string Resolve(string path, ref int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var entry = new FileInfo(next);
            if (entry.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"{path}: too many levels of symbolic links");
                }

                // A relative target is relative to the link's own folder, which is already resolved.
                next = Resolve(Path.Combine(current, target), ref links);
            }

            current = next;
        }

        return current;
    }
}
