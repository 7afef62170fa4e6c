namespace RoadmapSite.Layout;

/// <summary>A point of the canvas, in pixels from its top-left corner.</summary>
internal readonly record struct GraphPoint(double X, double Y);
