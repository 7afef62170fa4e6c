namespace RoadmapSite.BrowserTests.Support;

/// <summary>One section of the built roadmap, as roadmap.json describes it: what its page must show.</summary>
/// <param name="Items">Every item of the section, nested ones included, in document order: (id, title).</param>
public sealed record SectionSample(string Id, string Title, IReadOnlyList<KeyValuePair<string, string>> Items);
