namespace RoadmapSite.Model;

/// <summary>One marker of the legend as shown to visitors: a symbol and what it means.</summary>
internal sealed record LegendEntry(string Symbol, string Meaning);
