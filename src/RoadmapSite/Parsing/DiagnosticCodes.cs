namespace RoadmapSite.Parsing;

/// <summary>Every diagnostic the parser reports, by code; the README lists them with examples.</summary>
internal static class DiagnosticCodes
{
    public const string MalformedCheckbox = "RS001";
    public const string UnknownMarker = "RS002";
    public const string EmptyTitle = "RS003";
    public const string DuplicateId = "RS004";
    public const string HeadingLevelSkip = "RS005";
    public const string InvalidId = "RS006";
    public const string NoItems = "RS007";
    public const string RepeatedMarker = "RS008";
    public const string TooDeeplyNested = "RS009";
    public const string InvalidFrontMatter = "RS020";
    public const string SiteSettings = "RS100";
    public const string ContentFiles = "RS101";
}
