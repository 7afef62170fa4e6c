namespace RoadmapSite.Pipelines;

/// <summary>
/// A named list of modules per phase, declared as data so the flow of documents reads from the declaration:
/// <code>
/// new Pipeline("Pages")
/// {
///     Dependencies = ["Roadmap", "Assets"],
///     Process = [new CreatePages(), new RenderTemplate("page")],
///     Output = [new WriteFiles()],
/// }
/// </code>
/// Each phase starts from the documents the previous phase of the same pipeline returned.
/// </summary>
internal sealed class Pipeline
{
    public Pipeline(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    /// <summary>Pipelines whose Process outputs this pipeline's Process phase reads (see <see cref="PipelineContext.OutputsOf"/>).</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public IReadOnlyList<IModule> Input { get; init; } = [];

    public IReadOnlyList<IModule> Process { get; init; } = [];

    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    public IReadOnlyList<IModule> Output { get; init; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    public override string ToString() => Name;
}
