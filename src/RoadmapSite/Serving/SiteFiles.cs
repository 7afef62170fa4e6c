using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace RoadmapSite.Serving;

/// <summary>
/// What <see cref="StaticSiteServer"/> serves: a built site's files by their path in the site ("index.html",
/// "sections/basics/index.html"); folders by their path without the trailing slash ("" is the site's root). Paths
/// reach it already checked to be plain (no "." or ".." segments, backslashes, colons or NULs).
/// </summary>
public abstract class SiteFiles
{
    /// <summary>A site in a folder, looked up on every request: a build may replace the folder while it is served.</summary>
    public static SiteFiles InFolder(string root) => new FolderSiteFiles(root);

    /// <summary>Whether the path names a folder of the site (its URL answers with the folder's index.html).</summary>
    public abstract bool IsFolder(string path);

    /// <summary>The file at the path, or null when the site has none there.</summary>
    public abstract SiteFile? Find(string path);
}

/// <summary>One file of a <see cref="SiteFiles"/>, as found by one request.</summary>
public abstract class SiteFile
{
    public abstract long Length { get; }

    /// <summary>
    /// Writes the file as the response's body. May throw <see cref="FileNotFoundException"/> or
    /// <see cref="DirectoryNotFoundException"/> before anything is sent, when a file on disk went away since it was found.
    /// </summary>
    public abstract Task SendAsync(HttpResponse response, CancellationToken cancellation);
}

/// <summary>A site kept in memory by serve (<see cref="Pipelines.BuildResult.Files"/>), replaced whole by each good build.</summary>
public sealed class InMemorySiteFiles : SiteFiles
{
    private Snapshot current = new(FrozenDictionary<string, ReadOnlyMemory<byte>>.Empty, FrozenSet<string>.Empty);

    /// <summary>Serves <paramref name="files"/> (by destination) from now on; a request under way keeps the site it found.</summary>
    public void Replace(FrozenDictionary<string, ReadOnlyMemory<byte>> files)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in files.Keys)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(path[..slash]))
                {
                    break;
                }
            }
        }

        Volatile.Write(ref current, new Snapshot(files, folders.ToFrozenSet(StringComparer.Ordinal)));
    }

    public override bool IsFolder(string path) => Volatile.Read(ref current).Folders.Contains(path.TrimEnd('/'));

    public override SiteFile? Find(string path) =>
        Volatile.Read(ref current).Files.TryGetValue(path, out var content) ? new InMemoryFile(content) : null;

    private sealed record Snapshot(FrozenDictionary<string, ReadOnlyMemory<byte>> Files, FrozenSet<string> Folders);

    private sealed class InMemoryFile(ReadOnlyMemory<byte> content) : SiteFile
    {
        public override long Length => content.Length;

        public override Task SendAsync(HttpResponse response, CancellationToken cancellation) =>
            response.Body.WriteAsync(content, cancellation).AsTask();
    }
}

/// <summary>
/// A site in a folder. Files are looked up on every request rather than through a cached file provider: a build swaps
/// the output folder by renaming directories, and a provider pointed at the old one would answer from a folder that
/// no longer exists.
/// </summary>
internal sealed class FolderSiteFiles(string root) : SiteFiles
{
    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public override bool IsFolder(string path) => Inside(path) is { } full && Directory.Exists(full);

    public override SiteFile? Find(string path) =>
        Inside(path) is { } full && new FileInfo(full) is { Exists: true } info ? new FileOnDisk(info.FullName, info.Length) : null;

    /// <summary>The full path, or null when it would leave the root (a rooted path, say).</summary>
    private string? Inside(string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private sealed class FileOnDisk(string path, long length) : SiteFile
    {
        public override long Length => length;

        public override Task SendAsync(HttpResponse response, CancellationToken cancellation) => response.SendFileAsync(path, cancellation);
    }
}
