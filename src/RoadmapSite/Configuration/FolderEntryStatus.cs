namespace RoadmapSite.Configuration;

/// <summary>What <see cref="ContainedFolder"/> found at a path below its root.</summary>
internal enum FolderEntryStatus
{
    /// <summary>A file that is, after following every link, inside the root: safe to read.</summary>
    Inside,

    /// <summary>Nothing there (or not a file).</summary>
    Missing,

    /// <summary>A name starting with '.' somewhere in the path: never read, never published.</summary>
    Hidden,

    /// <summary>An absolute path, a '..' that climbs out, or a link leading outside the root (or a link that cannot be resolved).</summary>
    Outside,
}
