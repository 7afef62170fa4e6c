using NUglify;
using NUglify.JavaScript;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Takes comments and white space out of the theme's JavaScript and CSS (NUglify), so the index page stays within its
/// byte budget (bench/results.md). Only safe transformations: no renaming and no rewriting of the code, because
/// NUglify's optimiser does not know every modern syntax. A file it cannot read is published as written, with a
/// warning naming the place, so a theme author's new syntax never breaks the site.
/// </summary>
internal sealed class MinifyAssets : ForEachDocument
{
    private static readonly CodeSettings Script = new()
    {
        ScriptVersion = ScriptVersion.EcmaScript6,
        // Off, this also turns off every tree modification (NUglify's kill switch), among them the replacement of
        // `%CurrentCulture.…%` tokens with values read by reflection: the only code of NUglify's a native AOT build
        // cannot promise, and the reason RoadmapSite.Cli.csproj accepts NUglify's trim warnings.
        MinifyCode = false,
        LocalRenaming = LocalRenaming.KeepAll,
        PreserveFunctionNames = true,
        PreserveImportantComments = false,
    };

    /// <summary>JavaScript and CSS: the assets minified here, and the ones whose references to other assets are fingerprinted.</summary>
    public static bool IsScriptOrStyle(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".js" or ".mjs" or ".css";

    // The same theme file gives the same result: `serve` rebuilds on every edit of the content, and minifying the
    // theme again was a large part of each rebuild (tens of milliseconds). Kept for the process, one entry per
    // version of a file that was built.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Extension, string Source), UglifyResult> Minified = new();

    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        var path = input.Get(MetadataKeys.AssetPath);
        if (!IsScriptOrStyle(path))
        {
            return ValueTask.FromResult<IEnumerable<Document>>([input]);
        }

        var source = input.ContentAsString();
        var result = Minified.GetOrAdd((Path.GetExtension(path).ToLowerInvariant(), source), key => key.Extension == ".css" ? Uglify.Css(key.Source) : Uglify.Js(key.Source, Script));
        if (result.HasErrors || result.Code is null)
        {
            var error = result.Errors.FirstOrDefault(e => e.IsError);
            context.ReportWarning($"theme asset left unminified: {error?.Message ?? "no output"}", "assets/" + path, error?.StartLine, error?.StartColumn);
            return ValueTask.FromResult<IEnumerable<Document>>([input]);
        }

        return ValueTask.FromResult<IEnumerable<Document>>([input.WithContent(result.Code)]);
    }
}
