using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RoadmapSite.Rendering;

/// <summary>Resolves Scriban <c>include</c> names to theme files, override theme first.</summary>
internal sealed class ThemeTemplateLoader(TemplateRenderer renderer) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (renderer.TryResolveLayout(templateName, out var fullPath))
        {
            return fullPath;
        }

        // Blame the include, not the missing file: that is where the author has to look.
        throw new TemplateException(
            $"Included template '{templateName}' not found: the theme has no {TemplateRenderer.LayoutPath(templateName)}",
            callerSpan.FileName,
            callerSpan.Start.Line + 1,
            callerSpan.Start.Column + 1);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        // Parse through the shared cache first: a broken partial then fails with our own error naming
        // the partial's file, line and column, and later renders reuse the parsed template.
        renderer.GetTemplate(templatePath);
        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
