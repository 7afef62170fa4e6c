using RoadmapSite.Tests.Support;
using System.Collections.Immutable;
using System.Text;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

public sealed class EngineOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private EngineOptions Options => new() { OutputDirectory = _folder.Output };

    [Fact]
    public async Task A_successful_build_replaces_the_previous_output()
    {
        // Given
        _folder.WritePreviousBuild();
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html", "sections/basics/index.html")], Output = [new WriteFiles()] };
        var data = new Pipeline("Data") { Process = [Modules.CreateData("model"), Modules.Create("roadmap.json")], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([pages, data], Options);

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.False(File.Exists(Path.Combine(_folder.Output, "marker.txt")));
        Assert.Equal("content of sections/basics/index.html", _folder.ReadOutput("sections/basics/index.html"));
        Assert.Equal(3, result.WrittenFiles);
        Assert.Equal(
            new[] { "index.html", "sections/basics/index.html", "roadmap.json" }.Sum(d => Encoding.UTF8.GetByteCount($"content of {d}")),
            result.WrittenBytes);
        Assert.Equal(4, result.Outputs["Pages"].Length + result.Outputs["Data"].Length);
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task The_output_folder_and_its_parents_are_created_when_missing()
    {
        // Given
        var output = Path.Combine(_folder.Path, "deep", "er", "site");
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html")], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([pages], new EngineOptions { OutputDirectory = output });

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(output, result.OutputDirectory);
        Assert.Equal([OutputFolderGuard.MarkerFileName, "index.html"], Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_build_without_an_output_folder_keeps_the_site_in_memory_and_touches_no_folder()
    {
        // Given
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html", "sections/basics/index.html")], Output = [new WriteFiles()] };
        var failing = new Pipeline("Pages") { Process = [Modules.Create("index.html"), Modules.Create("INDEX.html")], Output = [new WriteFiles()] };
        var before = Directory.GetFileSystemEntries(_folder.Path);

        // When
        var result = await Engine.RunAsync([pages], new EngineOptions { OutputDirectory = null });
        var failed = await Engine.RunAsync([failing], new EngineOptions { OutputDirectory = null });

        // Then
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Null(result.OutputDirectory);
        Assert.Equal(["index.html", "sections/basics/index.html"], result.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("content of sections/basics/index.html", Encoding.UTF8.GetString(result.Files["sections/basics/index.html"].Span));
        Assert.False(failed.Succeeded);
        Assert.Empty(failed.Files);
        Assert.Equal(before, Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task Two_pipelines_writing_one_destination_fail_the_build_naming_both()
    {
        // Given
        _folder.WritePreviousBuild();
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html", "tree.html")], Output = [new WriteFiles()] };
        var sitemap = new Pipeline("Sitemap") { Process = [Modules.Create("index.html")], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([sitemap, pages], Options);

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(
            "error: Destination 'index.html' is written by pipelines 'Pages' and 'Sitemap'; each file must come from exactly one document.",
            Assert.Single(result.Errors).ToString());
        Assert.Equal("previous build", _folder.ReadOutput("marker.txt"));
        Assert.Empty(_folder.Leftovers);
    }

    [Fact]
    public async Task Destinations_differing_only_in_case_fail_the_build()
    {
        // Given
        var pages = new Pipeline("Pages") { Process = [Modules.Create("About.html")], Output = [new WriteFiles()] };
        var extra = new Pipeline("Extra") { Process = [Modules.Create("about.html")], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([pages, extra], Options);

        // Then
        Assert.Equal(
            "Destinations 'About.html' (pipeline 'Pages') and 'about.html' (pipeline 'Extra') differ only in case and would overwrite each other on a case-insensitive host.",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task One_pipeline_writing_a_destination_twice_fails_the_build()
    {
        // Given
        var pages = new Pipeline("Pages") { Process = [Modules.Create("index.html", "index.html")], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([pages], Options);

        // Then
        Assert.Contains("'index.html' is written by 2 documents of pipeline 'Pages'", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/rooted.html")]
    [InlineData("a//b.html")]
    [InlineData("windows\\path.html")]
    [InlineData("what?.html")]
    public async Task A_destination_outside_the_output_folder_or_unportable_is_an_error(string destination)
    {
        // Given
        var pages = new Pipeline("Pages") { Process = [Modules.Create(destination)], Output = [new WriteFiles()] };

        // When
        var result = await Engine.RunAsync([pages], Options);

        // Then
        var error = Assert.Single(result.Errors);
        Assert.Equal(("Pages", Phase.Output, "WriteFiles"), (error.Pipeline, error.Phase, error.Module));
        Assert.Contains($"'{destination}'", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_write_byte_identical_output()
    {
        // Given: several concurrent pipelines, documents transformed in parallel, and a PostProcess index of everything.
        static Pipeline[] Declare() =>
        [
            new Pipeline("Pages")
            {
                Process = [Modules.Create([.. Enumerable.Range(0, 60).Select(i => $"pages/{i:D2}.html")]), new Stamp()],
                Output = [new WriteFiles()],
            },
            new Pipeline("Assets")
            {
                Process = [Modules.Create([.. Enumerable.Range(0, 30).Select(i => $"assets/{i}.css")]), new Stamp()],
                Output = [new WriteFiles()],
            },
            new Pipeline("Index")
            {
                PostProcess = [new Execute((inputs, context) => inputs.Add(Document.FromText("index.txt", string.Join("\n",
                    context.AllOutputs.SelectMany(entry => entry.Value.Select(d => $"{entry.Key} {d.Destination} {d.Get<int>("Length")}"))))))],
                Output = [new WriteFiles()],
            },
        ];
        using var other = new TempFolder();

        // When
        var first = await Engine.RunAsync(Declare(), Options);
        var second = await Engine.RunAsync(Declare(), new EngineOptions { OutputDirectory = other.Output });

        // Then
        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(91, first.WrittenFiles);
        Assert.Equal(TempFolder.HashOf(_folder.Output), TempFolder.HashOf(other.Output));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    /// <summary>Appends a line to each page and records its length, concurrently.</summary>
    private sealed class Stamp : ForEachDocument
    {
        protected override async ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
        {
            await Task.Yield();
            var text = $"{input.ContentAsString()}\nstamped";
            return [input.WithContent(text).WithMetadata("Length", text.Length)];
        }
    }
}
