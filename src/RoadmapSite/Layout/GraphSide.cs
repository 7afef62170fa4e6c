namespace RoadmapSite.Layout;

/// <summary>Which side of the spine a node hangs on.</summary>
internal enum GraphSide
{
    /// <summary>On the spine itself (title and section nodes).</summary>
    Spine,

    Left,

    Right,
}
