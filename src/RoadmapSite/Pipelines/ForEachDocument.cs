using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Base for modules that treat each document on its own: documents are processed in parallel, and the results
/// come back in input order so the output never depends on which thread finished first.
/// </summary>
internal abstract class ForEachDocument : IModule
{
    /// <summary>
    /// How much work a document is, relative to the others: the costliest start first. One big page (a whole-tree page
    /// of 10,000 topics renders for seconds) started last would run alone on one core while the others sit idle; started
    /// first, the small ones fill the other cores around it. 0 for all (the default) keeps input order.
    /// </summary>
    protected virtual long Cost(Document input) => 0;

    /// <summary>Returns the documents that replace <paramref name="input"/>: usually one, none to drop it, several to split it.</summary>
    protected abstract ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context);

    /// <summary>
    /// The indexes of <paramref name="inputs"/> in the order they are taken up: costliest first, and documents of equal
    /// cost in input order (a stable sort). The results are in input order either way.
    /// </summary>
    internal int[] StartOrder(ImmutableArray<Document> inputs) =>
        [.. Enumerable.Range(0, inputs.Length).OrderByDescending(index => Cost(inputs[index]))];

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var results = new IEnumerable<Document>[inputs.Length];
        var options = new ParallelOptions { CancellationToken = context.Cancellation };
        await Parallel.ForEachAsync(StartOrder(inputs), options, async (index, _) =>
            results[index] = await ExecuteAsync(inputs[index], context).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. results.SelectMany(documents => documents)];
    }
}
