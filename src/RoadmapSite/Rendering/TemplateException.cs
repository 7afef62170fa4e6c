namespace RoadmapSite.Rendering;

/// <summary>A theme template failed to parse or render; the message names the theme file, line and column.</summary>
internal sealed class TemplateException : Exception
{
    public TemplateException(string message, string file, int line, int column, Exception? innerException = null)
        : base($"{file}({line},{column}): {message}", innerException)
    {
        Problem = message;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the location (for diagnostics that print the location themselves).</summary>
    public string Problem { get; }

    /// <summary>Full path of the theme file at fault.</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }
}
