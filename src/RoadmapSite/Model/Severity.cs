namespace RoadmapSite.Model;

public enum Severity
{
    Warning,
    Error,
}
