namespace RoadmapSite.Tests.Support;

/// <summary>Finds files of the repository (the default roadmap, the theme) and the shared corpus beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string DefaultContent => Path.Combine(Root, "content");

    public static string DefaultRoadmap => Path.Combine(Root, "content", "roadmap.md");

    /// <summary>The real-world documents in ../shared/corpus, where that folder exists (it does in CI).</summary>
    public static IReadOnlyList<string> CorpusFiles
    {
        get
        {
            var corpus = Path.Combine(Root, "..", "shared", "corpus");
            return Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).ToList() : [];
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
