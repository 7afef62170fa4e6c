using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RoadmapSite.Rendering;

/// <summary>
/// Renders the theme's Scriban layouts. Each template file is parsed once and shared by every render;
/// a render gets its own <see cref="TemplateContext"/>, so pages can be rendered concurrently.
/// </summary>
/// <remarks>
/// Layouts are <c>layouts/&lt;name&gt;.sbn</c>; <c>{{ include 'partials/x' }}</c> resolves to
/// <c>layouts/partials/x.sbn</c> through <see cref="Theme"/>, so an
/// override theme can replace a single partial. Output is escaped by default (<see cref="HtmlEscapingTemplateContext"/>):
/// only <see cref="SanitizedHtml"/> values, the <c>*_html</c> fields and <c>graph_svg</c>, are written raw.
/// </remarks>
internal sealed class TemplateRenderer
{
    private const int RecursionLimit = 16 * (Parsing.NestingLimit.MaxDepth + 8);

    private readonly ConcurrentDictionary<string, Lazy<Template>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _layoutPaths = new(StringComparer.Ordinal);

    public TemplateRenderer(Theme theme)
    {
        Theme = theme;
    }

    public Theme Theme { get; }

    /// <summary>
    /// Parses every layout of the theme, and sets up Scriban's builtin functions, ahead of the first render: called while
    /// the roadmap is still being parsed, it takes that work off the Pages phase. A layout that does not parse is left for
    /// the render that uses it to report.
    /// </summary>
    public void Prepare()
    {
        _ = new HtmlEscapingTemplateContext();
        foreach (var name in Theme.LayoutNames())
        {
            if (TryResolveLayout(name, out var fullPath))
            {
                try
                {
                    GetTemplate(fullPath);
                }
                catch (TemplateException)
                {
                }
            }
        }
    }

    /// <summary>Renders <c>layouts/<paramref name="layoutName"/>.sbn</c> with <paramref name="model"/> as its globals.</summary>
    /// <exception cref="TemplateException">The layout or one of its includes is missing, does not parse or fails to render.</exception>
    public string Render(string layoutName, ScriptObject model)
    {
        using var writer = new StringWriter();
        RenderTo(writer, layoutName, model);
        return writer.ToString();
    }

    /// <summary>
    /// Renders straight into UTF-8 bytes, never holding the page as a string: a large roadmap's tree page is about
    /// 100 MB, and a string of it (plus the builder growing to it) cost several times that.
    /// </summary>
    /// <exception cref="TemplateException">As for <see cref="Render"/>.</exception>
    public byte[] RenderUtf8(string layoutName, ScriptObject model) => RenderUtf8(GetTemplate(ResolveLayout(layoutName)), model);

    private byte[] RenderUtf8(Template template, ScriptObject model)
    {
        // In chunks, then one copy of the exact length (ChunkedBuffer says why not a MemoryStream and a StreamWriter).
        using var page = new ChunkedBuffer();
        RenderTo(new Utf8PageOutput(page), template, model);

        // A copy of the exact length: a growing buffer handed over as it is would keep up to twice the page's size alive
        // until the build ends (tried: the 100,000-item build's peak rose by 150 MB).
        return page.ToArray();
    }

    /// <summary>
    /// Renders, as UTF-8, the partial <c>layouts/<paramref name="partialName"/>.sbn</c> on its own, as <c>{{ include }}</c> would
    /// with <paramref name="argument"/> as <c>$1</c>, under <paramref name="globals"/>: markup shared by several pages
    /// (a section's checklist is on its section page and on the whole-tree page) is rendered once.
    /// </summary>
    /// <exception cref="TemplateException">As for <see cref="Render"/>.</exception>
    public byte[] RenderPartialUtf8(string partialName, object argument, ScriptObject globals)
    {
        ResolveLayout(partialName);
        var include = _partialCalls.GetOrAdd(partialName, name => Template.Parse($"{{{{ include '{name}' {PartialArgument} }}}}", $"({name})"));
        var model = new ScriptObject();
        globals.CopyTo(model);
        model[PartialArgument] = argument;
        return RenderUtf8(include, model);
    }

    private const string PartialArgument = "rs_partial_argument";

    private readonly ConcurrentDictionary<string, Template> _partialCalls = new(StringComparer.Ordinal);

    private void RenderTo(TextWriter writer, string layoutName, ScriptObject model) =>
        RenderTo(new TextWriterOutput(writer), GetTemplate(ResolveLayout(layoutName)), model);

    private void RenderTo(IScriptOutput output, Template template, ScriptObject model)
    {
        var context = new HtmlEscapingTemplateContext
        {
            Renderer = this,
            TemplateLoader = new ThemeTemplateLoader(this),
            // Roadmaps can have thousands of items; the default loop limit (1000) would cut them off.
            LoopLimit = 0,
            // Scriban caps a render's output (captures included) and each string conversion at 1M characters by
            // default and silently truncates: a large roadmap's tree page came out as an empty shell. No cap.
            LimitToString = 0,
            OutputLimit = 0,
            StrictVariables = false,
            // The checklist is one include per level (tree → tree-item, a few calls each); Scriban's default of
            // 100 stopped at 25 levels. Room for every depth the parser keeps, with margin for an override theme.
            RecursiveLimit = RecursionLimit,
            // Scriban indents every line an indented include writes; inside <pre> that changed the author's code
            // (each line after the first gained the template's two spaces). Whitespace is the template's to write.
            AutoIndent = false,
        };
        foreach (var (path, parsed) in _templates)
        {
            if (parsed.IsValueCreated)
            {
                context.CachedTemplates[path] = parsed.Value;
            }
        }

        context.PushGlobal(model);
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw Unwrap(exception) ?? new TemplateException(
                exception.OriginalMessage,
                exception.Span.FileName,
                exception.Span.Start.Line + 1,
                exception.Span.Start.Column + 1,
                exception);
        }
    }

    /// <summary>The full path of <c>layouts/<paramref name="name"/>.sbn</c> in the theme, override first.</summary>
    internal bool TryResolveLayout(string name, out string fullPath)
    {
        // Every include of every item asks again (tens of thousands of file-system probes on a large roadmap);
        // like the parsed templates, the answer holds for this renderer's lifetime.
        var resolved = _layoutPaths.GetOrAdd(name, n => Theme.TryResolve(LayoutPath(n), out var path) ? path : null);
        fullPath = resolved ?? "";
        return resolved is not null;
    }

    internal static string LayoutPath(string name) => $"layouts/{name}.sbn";

    private string ResolveLayout(string name)
    {
        if (!TryResolveLayout(name, out var fullPath))
        {
            throw new TemplateException(
                $"Layout '{name}' not found: the theme has no {LayoutPath(name)}",
                Path.Combine(Theme.OverrideDirectory ?? Theme.DefaultDirectory, LayoutPath(name)),
                1,
                1);
        }

        return fullPath;
    }

    /// <summary>The parsed template of a theme file, parsed on first use.</summary>
    internal Template GetTemplate(string fullPath) =>
        _templates.GetOrAdd(fullPath, path => new Lazy<Template>(() => Parse(path))).Value;

    // Parsed theme files outlive a renderer: `serve` makes a new one for every rebuild, and re-parsing the whole theme
    // was part of every edit's wait. A file is parsed again when its size or time of last write changes.
    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, Template Template)> Parsed = new(StringComparer.Ordinal);

    private static Template Parse(string fullPath)
    {
        var file = new FileInfo(fullPath);
        if (Parsed.TryGetValue(fullPath, out var known) && known.Written == file.LastWriteTimeUtc && known.Length == file.Length)
        {
            return known.Template;
        }

        var template = ParseText(fullPath);
        Parsed[fullPath] = (file.LastWriteTimeUtc, file.Length, template);
        return template;
    }

    private static Template ParseText(string fullPath)
    {
        var template = Template.Parse(File.ReadAllText(fullPath), fullPath);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new TemplateException(
                first.Message,
                fullPath,
                first.Span.Start.Line + 1,
                first.Span.Start.Column + 1);
        }

        return template;
    }

    private static TemplateException? Unwrap(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is TemplateException templateException)
            {
                return templateException;
            }
        }

        return null;
    }
}
