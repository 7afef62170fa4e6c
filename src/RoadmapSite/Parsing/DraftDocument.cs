namespace RoadmapSite.Parsing;

/// <summary>One content file, read: its title, introduction, legend and sections.</summary>
internal sealed class DraftDocument
{
    public required string File { get; init; }

    public string Title { get; set; } = "";

    public List<string> IntroHtml { get; } = [];

    public string LegendHtml { get; set; } = "";

    /// <summary>The legend list's entries (see <see cref="StatusMarkers"/>), if the file has one.</summary>
    public List<Model.LegendEntry> LegendEntries { get; } = [];

    public string Summary { get; set; } = "";

    /// <summary>"rtl" when the document's text is mostly right-to-left (Persian, Arabic, Hebrew).</summary>
    public string Direction { get; set; } = "ltr";

    public List<DraftSection> Sections { get; } = [];

    /// <summary>GitHub anchors of headings left out (the title, a table of contents): links to them lead home.</summary>
    public List<string> HomeAnchors { get; } = [];
}
