namespace RoadmapSite.BrowserTests.Support;

/// <summary>The repository's root, found by walking up from the test binaries to RoadmapSite.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "RoadmapSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RoadmapSite.sln not found above " + AppContext.BaseDirectory);
    }
}
