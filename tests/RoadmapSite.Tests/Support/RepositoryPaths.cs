namespace RoadmapSite.Tests.Support;

/// <summary>Finds files of the repository (the default roadmap, the theme) and the shared corpus beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultContent => Path.Combine(Root, "content");

    public static string DefaultRoadmap => Path.Combine(Root, "content", "roadmap.md");

    /// <summary>
    /// Real-world-shaped documents: our own in <c>Fixtures/Corpus</c> (so a fresh clone has them), then the real ones
    /// in ../shared/corpus where that folder exists (it does in CI).
    /// </summary>
    public static IReadOnlyList<string> CorpusFiles
    {
        get
        {
            var shared = Path.Combine(Root, "..", "shared", "corpus");
            var own = Directory.GetFiles(Fixture("Corpus"), "*.md").Order(StringComparer.Ordinal);
            string[] real = Directory.Exists(shared) ? [.. Directory.GetFiles(shared, "*.md").Order(StringComparer.Ordinal)] : [];
            return [.. own, .. real];
        }
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoadmapSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RoadmapSite.sln not found above " + AppContext.BaseDirectory);
    }
}
