namespace RoadmapSite.BrowserTests.Support;

/// <summary>One site build, one server and one Chromium for the whole suite: building and launching dominate its time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Browser";
}
