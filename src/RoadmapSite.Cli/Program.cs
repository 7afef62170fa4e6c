using System.CommandLine;
using RoadmapSite.Cli;

var root = new RootCommand("RoadmapSite: turns a Markdown roadmap checklist into an interactive website")
{
    BuildCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
    CheckCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'roadmap-site --help' for usage.");
    return ExitCodes.UsageOrIo;
}

return await parsed.InvokeAsync();
