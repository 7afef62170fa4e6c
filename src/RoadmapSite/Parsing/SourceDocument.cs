namespace RoadmapSite.Parsing;

/// <summary>
/// A content file's name (as shown in diagnostics) and its text; <paramref name="ByteOrderMark"/> when the file began
/// with a UTF-8 byte order mark, which the text no longer holds but the published Markdown gives back.
/// </summary>
public sealed record SourceDocument(string File, string Text, bool ByteOrderMark = false);
