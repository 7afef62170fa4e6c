using System.Security.Cryptography;
using System.Text;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Support;

/// <summary>
/// A fresh folder under the system temp folder, deleted when the test is done. Engine tests build into
/// <see cref="Output"/> inside it, so whatever the engine leaves beside its output folder shows in <see cref="Leftovers"/>.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "roadmap-site-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relativePath, string text)
    {
        var file = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>The output folder of a build under test.</summary>
    public string Output => Combine("site");

    /// <summary>Everything in the folder other than the output folder: temporary folders the engine should have removed.</summary>
    public IEnumerable<string> Leftovers =>
        Directory.EnumerateFileSystemEntries(Path).Where(entry => entry != Output).Select(System.IO.Path.GetFileName).OfType<string>();

    /// <summary>The output of an earlier build: RoadmapSite's marker and a page, <c>marker.txt</c>, that tests look for.</summary>
    public void WritePreviousBuild(string content = "previous build")
    {
        Directory.CreateDirectory(Output);
        OutputFolderGuard.WriteMarker(Output);
        File.WriteAllText(System.IO.Path.Combine(Output, "marker.txt"), content);
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Output, relativePath));

    /// <summary>A hash of every file's relative path and bytes, in ordinal path order.</summary>
    public static string HashOf(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(System.IO.Path.Combine(folder, file)));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned up by the system anyway.
        }
    }
}
