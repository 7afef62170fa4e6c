namespace RoadmapSite.Pipelines;

/// <summary>
/// The name of a document's metadata and the type of its value, declared once (<c>MetadataKeys</c>): writers and
/// readers of a key agree on its type at compile time, not at run time.
/// </summary>
internal sealed record MetadataKey<T>(string Name)
{
    public override string ToString() => Name;
}
