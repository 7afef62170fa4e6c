using System.Collections.Immutable;

namespace RoadmapSite.Configuration;

/// <summary>
/// The one rule for every file the build reads from a folder it was pointed at (the content folder, a theme):
/// a file is read only when its path, with every link in every component followed, is still inside the folder, and
/// when no component of its path below the folder starts with '.'. A contributor's <c>ln -s /proc/self/environ
/// env.txt</c> or <c>files: [/etc/passwd]</c> would otherwise publish the build machine's secrets; a theme's
/// <c>assets/.env</c> its author's. Links that stay inside the folder are fine.
/// </summary>
internal sealed class ContainedFolder
{
    /// <summary>As many links as Linux follows in one path before it gives up (ELOOP): a loop of links ends here.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>Case-insensitive file systems (Windows, macOS by default) would let a differently cased path slip past an ordinal comparison.</summary>
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string realRoot;

    public ContainedFolder(string root)
    {
        Root = Path.GetFullPath(root);
        realRoot = RealPath(Root) ?? Root;
    }

    /// <summary>The folder, as a full path (links not followed).</summary>
    public string Root { get; }

    /// <summary>
    /// Looks up a path the author wrote (site.yml's <c>files:</c>, a theme's layout name), relative to the root; the
    /// entry's relative path is the normalised one (<c>./a/../b.png</c> is <c>b.png</c>).
    /// </summary>
    public FolderEntry Find(string relativePath)
    {
        var written = relativePath.Replace('\\', '/');
        if (relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return new FolderEntry(written, Root, FolderEntryStatus.Outside);
        }

        var lexical = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (Path.IsPathRooted(relativePath) || !IsUnder(lexical, Root))
        {
            return new FolderEntry(written, lexical, FolderEntryStatus.Outside);
        }

        var below = Path.GetRelativePath(Root, lexical).Replace('\\', '/');
        if (below.Split('/', StringSplitOptions.RemoveEmptyEntries).Any(IsHiddenName))
        {
            return new FolderEntry(below, lexical, FolderEntryStatus.Hidden);
        }

        return Classify(below, lexical);
    }

    /// <summary>Whether <paramref name="path"/> (a file or a folder) is, with its links followed, inside the root.</summary>
    public bool Contains(string path) => RealPath(path) is { } real && IsUnder(real, realRoot);

    /// <summary>
    /// Every file below <paramref name="under"/> (a folder relative to the root; the root itself when null), sorted
    /// ordinally by relative path. Hidden files and folders are left out silently (they are never meant for the site:
    /// <c>.git</c>, <c>.DS_Store</c>, <c>.env</c>); files and folders that lead outside the root are listed as
    /// <see cref="FolderEntryStatus.Outside"/> so the caller can warn about them, and never descended into.
    /// </summary>
    /// <remarks>
    /// A link to a folder inside the root is not descended into: that folder's files are listed where they really are,
    /// and a link loop cannot make the walk endless.
    /// </remarks>
    public ImmutableArray<FolderEntry> Files(string? under = null, bool recursive = true)
    {
        if (under is not null && Find(under).Status is FolderEntryStatus.Hidden or FolderEntryStatus.Outside)
        {
            return [];
        }

        var start = under is null ? Root : Path.Combine(Root, under);
        var found = new List<FolderEntry>();
        if (Directory.Exists(start) && Contains(start))
        {
            Walk(new DirectoryInfo(start), recursive, found);
        }

        return [.. found.OrderBy(entry => entry.RelativePath, StringComparer.Ordinal)];
    }

    private void Walk(DirectoryInfo directory, bool recursive, List<FolderEntry> found)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (IsHiddenName(entry.Name))
            {
                continue;
            }

            var relative = Path.GetRelativePath(Root, entry.FullName).Replace('\\', '/');
            var isLink = entry.LinkTarget is not null;
            if (isLink ? !Directory.Exists(entry.FullName) : entry is not DirectoryInfo)
            {
                var file = Classify(relative, entry.FullName);
                if (file.Status is FolderEntryStatus.Inside or FolderEntryStatus.Outside)
                {
                    found.Add(file);
                }
            }
            else if (isLink && !Contains(entry.FullName))
            {
                found.Add(new FolderEntry(relative + "/", entry.FullName, FolderEntryStatus.Outside));
            }
            else if (!isLink && recursive)
            {
                Walk((DirectoryInfo)entry, recursive, found);
            }
        }
    }

    private FolderEntry Classify(string written, string path)
    {
        if (RealPath(path) is not { } real || !IsUnder(real, realRoot))
        {
            return new FolderEntry(written, path, FolderEntryStatus.Outside);
        }

        // A link inside the folder to one of its hidden files (env.txt → .env) is as hidden as its target.
        if (Path.GetRelativePath(realRoot, real).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Any(IsHiddenName))
        {
            return new FolderEntry(written, path, FolderEntryStatus.Hidden);
        }

        return new FolderEntry(written, path, File.Exists(real) ? FolderEntryStatus.Inside : FolderEntryStatus.Missing);
    }

    private static bool IsHiddenName(string name) => name.StartsWith('.') && name is not "." and not "..";

    private static bool IsUnder(string path, string root)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return string.Equals(path, root, PathComparison) || path.StartsWith(prefix, PathComparison);
    }

    /// <summary>
    /// The path with every link in every component followed, as POSIX <c>realpath</c> does, or null when a link
    /// cannot be read or links loop. Following only the last component (<c>ResolveLinkTarget</c>) is not enough:
    /// <c>docs/passwd</c> is outside the folder when <c>docs</c> links to <c>/etc</c>. Components that do not exist
    /// are kept as written, so a missing file still resolves (to a path that then does not exist).
    /// </summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[resolved.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var candidate = Path.Join(resolved, part);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null)
            {
                resolved = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            foreach (var segment in target.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(segment);
            }
        }

        return resolved;
    }
}
