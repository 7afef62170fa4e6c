using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Parsing;

/// <summary>
/// Each <c>Fixtures/Parsing/case.md</c> is parsed and compared with <c>case.expected.txt</c> (see
/// <see cref="RoadmapOutline"/>). To write a new expectation: <c>UPDATE_FIXTURES=1 dotnet test</c>, then read the diff.
/// </summary>
public sealed class ParserFixtureTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Fixture("Parsing"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parsing_the_fixture_gives_the_expected_outline(string name)
    {
        var markdown = File.ReadAllText(RepositoryPaths.Fixture("Parsing", name + ".md"));
        var actual = RoadmapOutline.Write(RoadmapParser.Parse(name + ".md", markdown));

        var sourceExpected = Path.Combine(RepositoryPaths.Root, "tests", "RoadmapSite.Tests", "Fixtures", "Parsing", name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_FIXTURES") == "1")
        {
            File.WriteAllText(sourceExpected, actual);
        }

        Assert.True(File.Exists(sourceExpected), $"missing {sourceExpected}: run UPDATE_FIXTURES=1 dotnet test and review it");
        Assert.Equal(File.ReadAllText(sourceExpected).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
