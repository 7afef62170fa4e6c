namespace RoadmapSite.Layout;

/// <summary>What a node of the graph stands for; decides its shape, its class and whether it is a link.</summary>
internal enum GraphNodeKind
{
    /// <summary>The roadmap's title, at the top of the index graph's spine.</summary>
    Title,

    /// <summary>A section, on the spine.</summary>
    Section,

    /// <summary>A trackable topic.</summary>
    Item,

    /// <summary>An item that only groups other items.</summary>
    Group,

    /// <summary>An "and more" item: shown, never a link.</summary>
    Placeholder,

    /// <summary>
    /// "+N more" at the place of a long group's first folded subtopic: a button (graph.js) that shows the folded
    /// nodes, which the layout has already given their room (<see cref="GraphNode.FoldedBy"/>).
    /// </summary>
    Fold,
}
