namespace RoadmapSite.Parsing;

/// <summary>A content file's name (as shown in diagnostics) and its text.</summary>
public sealed record SourceDocument(string File, string Text);
