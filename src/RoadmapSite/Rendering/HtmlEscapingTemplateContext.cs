using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RoadmapSite.Rendering;

/// <summary>
/// A template context that escapes by default, as Razor and Hugo do: whatever a template expression writes is
/// HTML-escaped, unless it is <see cref="SanitizedHtml"/> (the model's <c>*_html</c> fields, the graph SVG, the
/// output of <c>include</c>). A theme that forgets to escape a title therefore cannot open a hole.
/// </summary>
internal sealed class HtmlEscapingTemplateContext : TemplateContext
{
    public HtmlEscapingTemplateContext()
    {
        // A partial's output is markup this renderer made, already escaped: writing it raw avoids escaping it twice.
        var include = (IScriptCustomFunction)BuiltinObject["include"]!;
        BuiltinObject.SetValue("include", new SanitizedResult(include, result => result as SanitizedHtml ?? new SanitizedHtml(result as string ?? "")), readOnly: true);

        // Templates written before escaping was automatic pipe values through html.escape: it escapes once and marks
        // the result, so an explicit escape is never applied twice.
        var html = (ScriptObject)BuiltinObject["html"]!;
        var escape = (IScriptCustomFunction)html["escape"]!;
        html.SetValue("escape", new SanitizedResult(escape, Escape, evaluateInner: false), readOnly: true);
    }

    /// <summary>The renderer this context renders for: markup shared between pages is rendered by it (<see cref="RenderedOnce"/>).</summary>
    public TemplateRenderer? Renderer { get; init; }

    /// <summary>
    /// An included partial comes from the renderer's cache, parsed once for the process: Scriban's own path would read the
    /// file again and parse it a second time in every render that starts before the cache has it (every page renders
    /// concurrently with the others, so on a small roadmap most of them did).
    /// </summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        if (Renderer is null)
        {
            return base.CreateTemplate(templatePath, callerContext);
        }

        var template = Renderer.GetTemplate(templatePath);
        CachedTemplates[templatePath] = template;
        return template;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        SanitizedHtml { Utf8: { } utf8 } => WriteUtf8(utf8),
        SanitizedHtml html => Write(html.Value),
        string text => Write(WebUtility.HtmlEncode(text)),
        _ => Write(WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };

    /// <summary>Markup held as UTF-8 goes into a page being written as UTF-8 as it is; into anything else (a capture) as text.</summary>
    private TemplateContext WriteUtf8(byte[] utf8)
    {
        if (Output is Utf8PageOutput page)
        {
            page.WriteUtf8(utf8);
            return this;
        }

        return Write(Encoding.UTF8.GetString(utf8));
    }

    public override string ObjectToString(object? value, bool nested = false) =>
        value is SanitizedHtml html ? html.Value : base.ObjectToString(value, nested) ?? "";

    private SanitizedHtml Escape(object? value) =>
        value as SanitizedHtml ?? new SanitizedHtml(WebUtility.HtmlEncode(value as string ?? ObjectToString(value)));

    /// <summary>A builtin function whose result is turned into <see cref="SanitizedHtml"/>; everything else is the builtin's.</summary>
    private sealed class SanitizedResult(IScriptCustomFunction inner, Func<object?, SanitizedHtml> mark, bool evaluateInner = true) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;

        public int ParameterCount => inner.ParameterCount;

        public ScriptVarParamKind VarParamKind => inner.VarParamKind;

        public Type ReturnType => typeof(SanitizedHtml);

        // Declared as object, so Scriban hands a SanitizedHtml over as it is instead of converting it to a string first.
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), inner.GetParameterInfo(index).Name);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            mark(evaluateInner ? inner.Invoke(context, callerContext, arguments, blockStatement) : arguments.Count > 0 ? arguments[0] : null);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
