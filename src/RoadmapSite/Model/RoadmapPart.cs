namespace RoadmapSite.Model;

/// <summary>One source file of a roadmap made of several (e.g. Beginner / Intermediate / Advanced guides).</summary>
public sealed record RoadmapPart(string Title, string File, string IntroHtml);
