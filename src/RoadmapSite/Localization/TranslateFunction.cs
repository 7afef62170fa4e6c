using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace RoadmapSite.Localization;

/// <summary>
/// The templates' <c>t</c>: <c>{{ t "header.progress" }}</c>, <c>{{ t "count.topics" n }}</c> (a number fills <c>{n}</c>
/// and chooses the plural form), <c>{{ t "page.section_eyebrow" {number: 2, total: 12} }}</c> (named values). The
/// result is plain text, escaped when written like any other value.
/// </summary>
internal sealed class TranslateFunction(StringTable strings) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "values");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count > 0 ? arguments[0] as string ?? context.ObjectToString(arguments[0]) ?? "" : "";
        var values = arguments.Count > 1 ? arguments[1] : null;
        return values switch
        {
            null => strings.Get(key),
            ScriptObject named => strings.Get(key, named.ToDictionary(pair => pair.Key, pair => Plain(context, pair.Value), StringComparer.Ordinal)),
            int or long or double or float or decimal => strings.Get(key, new Dictionary<string, object?> { ["n"] = values }),
            _ => strings.Get(key, new Dictionary<string, object?> { ["n"] = context.ObjectToString(values) }),
        };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static object? Plain(TemplateContext context, object? value) =>
        value is int or long or double or float or decimal or null ? value : context.ObjectToString(value);
}

/// <summary>
/// The templates' <c>t_around</c>: a string cut at one of its placeholders, for markup in its place:
/// <c>{{ parts = t_around "meter.done" "done" {total: 12} }}{{ parts[0] }}&lt;span&gt;0&lt;/span&gt;{{ parts[1] }}</c>.
/// </summary>
internal sealed class TranslateAroundFunction(StringTable strings) : IScriptCustomFunction
{
    private readonly TranslateFunction translate = new(strings);

    public int RequiredParameterCount => 2;

    public int ParameterCount => 3;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(ScriptArray);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index switch { 0 => "key", 1 => "placeholder", _ => "values" });

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var placeholder = "{" + context.ObjectToString(arguments[1]) + "}";
        var rest = new ScriptArray { arguments[0] };
        if (arguments.Count > 2)
        {
            rest.Add(arguments[2]);
        }

        var text = translate.Invoke(context, callerContext, rest, blockStatement) as string ?? "";
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        return at < 0 ? new ScriptArray { text, "" } : new ScriptArray { text[..at], text[(at + placeholder.Length)..] };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
