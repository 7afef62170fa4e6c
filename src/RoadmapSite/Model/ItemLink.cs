namespace RoadmapSite.Model;

/// <summary>A link written in an item's title, description or notes.</summary>
public sealed record ItemLink(string Text, string Url);
