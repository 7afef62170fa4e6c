namespace RoadmapSite.Model;

public enum ItemKind
{
    /// <summary>A topic the visitor can tick off.</summary>
    Task,

    /// <summary>A heading or plain bullet that only groups other items; not trackable itself.</summary>
    Group,

    /// <summary>An <c>...</c> item standing for "and more"; shown, never tracked.</summary>
    Placeholder,
}
