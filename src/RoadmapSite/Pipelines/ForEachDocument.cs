using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Base for modules that treat each document on its own: documents are processed in parallel, and the results
/// come back in input order so the output never depends on which thread finished first.
/// </summary>
internal abstract class ForEachDocument : IModule
{
    /// <summary>Upper bound on documents processed at once; -1 lets the runtime decide.</summary>
    protected virtual int MaxDegreeOfParallelism => -1;

    /// <summary>
    /// How much work a document is, relative to the others: the costliest start first. One big page (a whole-tree page
    /// of 10,000 topics renders for seconds) started last would run alone on one core while the others sit idle; started
    /// first, the small ones fill the other cores around it. 0 for all (the default) keeps input order.
    /// </summary>
    protected virtual long Cost(Document input) => 0;

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
        // A stable sort: documents of equal cost start in input order. The results are in input order either way.
        var order = Enumerable.Range(0, inputs.Length).OrderByDescending(index => Cost(inputs[index])).ToArray();
        await Parallel.ForEachAsync(order, options, async (index, _) =>
            results[index] = await ExecuteAsync(inputs[index], context).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. results.SelectMany(documents => documents)];
    }
}
