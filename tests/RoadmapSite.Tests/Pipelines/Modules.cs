using System.Collections.Immutable;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

/// <summary>Small modules the engine tests declare pipelines with.</summary>
internal static class Modules
{
    /// <summary>Adds one text document per destination; its content names the destination.</summary>
    public static IModule Create(params string[] destinations) =>
        new Execute((inputs, _) => inputs.AddRange(destinations.Select(d => Document.FromText(d, $"content of {d}"))));

    /// <summary>Adds a document that is not written, carrying <paramref name="name"/> under the key "Name".</summary>
    public static IModule CreateData(string name) =>
        new Execute((inputs, _) => inputs.Add(Document.Empty.WithMetadata("Name", name)));

    public static IModule Throw(string message)
    {
        Func<ImmutableArray<Document>, PipelineContext, IEnumerable<Document>> fail = (_, _) => throw new InvalidOperationException(message);
        return new Execute(fail);
    }

    /// <summary>Runs <paramref name="action"/> and passes the documents through.</summary>
    public static IModule Do(Action<PipelineContext> action) =>
        new Execute((inputs, context) =>
        {
            action(context);
            return inputs;
        });

    public static IModule DoAsync(Func<PipelineContext, Task> action) =>
        new Execute(async (inputs, context) =>
        {
            await action(context);
            return inputs;
        });
}
