using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Base for modules that treat each document on its own: documents are processed in parallel, and the results
/// come back in input order so the output never depends on which thread finished first.
/// </summary>
public abstract class ForEachDocument : IModule
{
    /// <summary>Upper bound on documents processed at once; -1 lets the runtime decide.</summary>
    protected virtual int MaxDegreeOfParallelism => -1;

    /// <summary>Returns the documents that replace <paramref name="input"/>: usually one, none to drop it, several to split it.</summary>
    protected abstract ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context);

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = new IEnumerable<Document>[inputs.Length];
        var options = new ParallelOptions
        {
            CancellationToken = context.Cancellation,
            MaxDegreeOfParallelism = MaxDegreeOfParallelism,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Length), options, async (index, _) =>
            results[index] = await ExecuteAsync(inputs[index], context).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. results.SelectMany(documents => documents)];
    }
}
