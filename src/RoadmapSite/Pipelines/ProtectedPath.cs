namespace RoadmapSite.Pipelines;

/// <summary>
/// A file or folder the build reads from, which the output folder must never be, contain or lie inside (replacing
/// the output would delete it, or publish the output as input): the content folder, the theme folders.
/// </summary>
/// <param name="Path">The file or folder; links and <c>..</c> are resolved before comparing.</param>
/// <param name="Description">How messages name it, e.g. "content folder".</param>
internal sealed record ProtectedPath(string Path, string Description);
