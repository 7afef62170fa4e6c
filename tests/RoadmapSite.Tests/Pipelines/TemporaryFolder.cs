using System.Security.Cryptography;
using System.Text;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

/// <summary>A scratch folder per test, holding the site's output folder and whatever the engine puts beside it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Root = Directory.CreateTempSubdirectory("roadmapsite-tests-").FullName;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "site");

    /// <summary>Everything in <see cref="Root"/> other than the output folder: temporary folders the engine should have removed.</summary>
    public IEnumerable<string> Leftovers =>
        Directory.EnumerateFileSystemEntries(Root).Where(entry => entry != Output).Select(Path.GetFileName).OfType<string>();

    /// <summary>The output of an earlier build: RoadmapSite's marker and a page, <c>marker.txt</c>, that tests look for.</summary>
    public void WritePreviousBuild(string content = "previous build")
    {
        Directory.CreateDirectory(Output);
        OutputFolderGuard.WriteMarker(Output);
        File.WriteAllText(Path.Combine(Output, "marker.txt"), content);
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>A hash of every file's relative path and bytes, in ordinal path order.</summary>
    public static string HashOf(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(folder, file)));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed half-way may leave a file open; the OS cleans the temp folder eventually.
        }
    }
}
