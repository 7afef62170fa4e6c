namespace RoadmapSite.Cli;

/// <summary>Exit codes of every command, as documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Clean, or warnings only.</summary>
    public const int Success = 0;

    /// <summary>The content has errors (or the build failed because of them).</summary>
    public const int ContentErrors = 1;

    /// <summary>Wrong usage, or a file or folder that cannot be read or written.</summary>
    public const int UsageOrIo = 2;
}
