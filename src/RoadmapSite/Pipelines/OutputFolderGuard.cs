namespace RoadmapSite.Pipelines;

/// <summary>
/// Decides, before any build work, whether the output folder may be replaced: the build deletes the previous output
/// whole, so it only ever replaces a folder that is missing, empty or marked as written by RoadmapSite (as Zola and
/// Hugo refuse to wipe folders they did not make), and never one whose loss would destroy sources, a repository or
/// a home folder, whatever it holds.
/// </summary>
internal static class OutputFolderGuard
{
    /// <summary>Written into every output; its presence is what lets the next build replace the folder.</summary>
    public const string MarkerFileName = ".roadmap-site-output";

    private const string MarkerSignature = "RoadmapSite output folder";

    private const string MarkerText = MarkerSignature + "\n"
        + "Written by roadmap-site build, which deletes and rewrites this whole folder on every build: keep nothing else in it.\n";

    private const int NamedForeignEntries = 3;

    private const string ChooseAnother = "; choose another output folder";

    public static void WriteMarker(string folder) => File.WriteAllText(Path.Combine(folder, MarkerFileName), MarkerText);

    /// <summary>Why <paramref name="outputDirectory"/> must not be replaced, as a message naming it; null when it may be.</summary>
    /// <param name="outputDirectory">The output folder as the user gave it (the message shows it that way).</param>
    public static string? FindRefusal(string outputDirectory, IEnumerable<ProtectedPath> protectedPaths)
    {
        var shown = Shown(outputDirectory);
        try
        {
            return FindRefusal(PhysicalPath.Resolve(outputDirectory), shown, protectedPaths);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // What cannot be looked at cannot be shown to be ours.
            return $"{shown} cannot be used as the output folder: {exception.Message}";
        }
    }

    private static string? FindRefusal(string output, string shown, IEnumerable<ProtectedPath> protectedPaths)
    {
        if (Path.GetPathRoot(output) is { } root && PhysicalPath.AreSame(Path.TrimEndingDirectorySeparator(root), Path.TrimEndingDirectorySeparator(output)))
        {
            return $"{shown} is a file-system root{ChooseAnother}";
        }

        // The output may lie inside these (that is where _site/ usually is), but never be or contain them.
        if (EnclosingRelation(output, Environment.CurrentDirectory) is { } current)
        {
            return $"{shown} {current} the current folder{ChooseAnother}, such as _site/";
        }

        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home && EnclosingRelation(output, home) is { } homeRelation)
        {
            return $"{shown} {homeRelation} your home folder{ChooseAnother}";
        }

        foreach (var guarded in protectedPaths)
        {
            if (Relation(output, guarded.Path) is { } relation)
            {
                return $"{shown} {relation} the {guarded.Description} ({(Directory.Exists(guarded.Path) ? Shown(guarded.Path) : guarded.Path)}){ChooseAnother}";
            }
        }

        if (File.Exists(output))
        {
            return $"{shown} is a file, not a folder{ChooseAnother}";
        }

        if (!Directory.Exists(output))
        {
            return null;
        }

        if (Path.Exists(Path.Combine(output, ".git")))
        {
            return $"{shown} holds a Git repository (.git){ChooseAnother}";
        }

        var entries = Directory.EnumerateFileSystemEntries(output).Select(entry => Path.GetFileName(entry)).Order(StringComparer.Ordinal).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        if (!IsMarked(output))
        {
            var named = entries.Take(NamedForeignEntries).Select(name => Directory.Exists(Path.Combine(output, name)) ? name + "/" : name);
            var list = string.Join(", ", named) + (entries.Count > NamedForeignEntries ? ", …" : "");
            return $"{shown} holds files RoadmapSite did not write ({list}); choose an empty folder or remove it yourself";
        }

        // Ours, but someone may have made a repository inside it since (e.g. to push it to a gh-pages branch).
        var nested = Directory.EnumerateFileSystemEntries(output, ".git", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
            .FirstOrDefault();
        return nested is null ? null : $"{shown} holds a Git repository ({Path.GetRelativePath(output, nested)}){ChooseAnother}";
    }

    private static bool IsMarked(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, MarkerFileName));
        // Never a link, and never empty: a device or a named pipe reads as size 0 and opening a pipe would block.
        if (!marker.Exists || marker.LinkTarget is not null || marker.Length == 0 || marker.Length > MarkerText.Length * 4)
        {
            return false;
        }

        using var reader = marker.OpenText();
        return reader.ReadLine() == MarkerSignature;
    }

    /// <summary>"is", "contains" or "lies inside", for an output and a path neither may touch; null when they are apart.</summary>
    private static string? Relation(string output, string guardedPath) =>
        EnclosingRelation(output, guardedPath) ?? (PhysicalPath.IsInside(output, PhysicalPath.Resolve(guardedPath)) ? "lies inside" : null);

    /// <summary>"is" or "contains"; null when the output neither is nor encloses <paramref name="other"/>.</summary>
    private static string? EnclosingRelation(string output, string other)
    {
        var resolved = PhysicalPath.Resolve(other);
        return PhysicalPath.AreSame(output, resolved) ? "is" : PhysicalPath.IsInside(resolved, output) ? "contains" : null;
    }

    private static string Shown(string outputDirectory) =>
        Path.EndsInDirectorySeparator(outputDirectory) ? outputDirectory : outputDirectory + "/";
}
