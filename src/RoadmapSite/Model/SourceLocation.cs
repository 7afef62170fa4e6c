namespace RoadmapSite.Model;

/// <summary>A place in a source file; <see cref="Line"/> and <see cref="Column"/> are 1-based, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
