using System.Security.Cryptography;

namespace RoadmapSite.Pipelines;

/// <summary>
/// A fresh folder beside the output folder that the build writes into; published by swapping it in, so the output
/// folder only ever holds a complete site from one successful build. Every staged folder carries the marker that lets
/// the next build replace it (<see cref="OutputFolderGuard"/>, which must have accepted the output folder first).
/// </summary>
internal sealed class StagedOutput
{
    private StagedOutput(string finalDirectory, string stagingDirectory)
    {
        FinalDirectory = finalDirectory;
        StagingDirectory = stagingDirectory;
    }

    public string FinalDirectory { get; }

    public string StagingDirectory { get; }

    public static StagedOutput Create(string outputDirectory)
    {
        // The folder the guard judged: through a symbolic link, the link's target is what gets replaced.
        var final = PhysicalPath.Resolve(outputDirectory);
        var parent = Path.GetDirectoryName(final)
            ?? throw new IOException($"The output folder '{final}' cannot be a file-system root.");
        Directory.CreateDirectory(parent);
        var staging = Directory.CreateDirectory(SiblingName(final, "tmp")).FullName;
        OutputFolderGuard.WriteMarker(staging);
        return new StagedOutput(final, staging);
    }

    /// <summary>
    /// Replaces the output folder with the staging folder; on failure the previous output is put back. Returns the
    /// previous output's folder if it could not be deleted afterwards, otherwise null.
    /// </summary>
    public string? Publish()
    {
        if (!Directory.Exists(FinalDirectory))
        {
            Directory.Move(StagingDirectory, FinalDirectory);
            return null;
        }

        var previous = SiblingName(FinalDirectory, "old");
        Directory.Move(FinalDirectory, previous);
        try
        {
            Directory.Move(StagingDirectory, FinalDirectory);
        }
        catch
        {
            Directory.Move(previous, FinalDirectory);
            throw;
        }

        return DeleteQuietly(previous) ? null : previous;
    }

    /// <summary>Deletes the staging folder; false if some of it could not be deleted.</summary>
    public bool Discard() => DeleteQuietly(StagingDirectory);

    private static string SiblingName(string directory, string purpose) =>
        $"{directory}.{purpose}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    // A leftover folder (e.g. a file held open by a virus scanner) is worth a warning, not a failed build.
    private static bool DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
