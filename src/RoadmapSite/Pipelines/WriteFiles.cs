using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>
/// Writes every document that has a destination into the build's output folder (or keeps it in memory, for a build
/// without one), in destination order, and returns its inputs unchanged. Two documents claiming one destination (also
/// when they differ only in case) fail the build.
/// </summary>
internal sealed class WriteFiles : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var written = inputs
            .Where(document => document.HasDestination)
            .OrderBy(document => document.Destination, StringComparer.Ordinal);
        foreach (var document in written)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var destination = document.Destination!;
            if (DestinationPath.Problem(destination) is { } problem)
            {
                context.ReportError(problem);
                continue;
            }

            if (!context.ClaimDestination(destination))
            {
                continue;
            }

            if (context.OutputDirectory is null)
            {
                context.KeepFile(destination, document.Content);
            }
            else
            {
                var path = DestinationPath.ToFullPath(context.OutputDirectory, destination);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, document.Content, context.Cancellation).ConfigureAwait(false);
            }

            context.RecordWrittenFile(document.Content.Length);
        }

        return inputs;
    }
}
