using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace RoadmapSite.Rendering;

/// <summary>
/// A template model whose costly members are made when a template first reads them: a <see cref="Lazy{T}"/> of object
/// reads as its value, a <see cref="RenderedOnce"/> as the markup it renders with the reading page's theme. A section's
/// item models, for instance, are only made for a theme that loops over them.
/// </summary>
internal sealed class LazyModel : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            return false;
        }

        value = value switch
        {
            Lazy<object?> lazy => lazy.Value,
            RenderedOnce once when context is HtmlEscapingTemplateContext { Renderer: { } renderer } => once.Get(renderer),
            _ => value,
        };
        return true;
    }
}

/// <summary>
/// Markup several pages show, rendered by the first page that writes it and reused by the others rendered with the same
/// templates (a section's checklist is on its section page and on the whole-tree page).
/// </summary>
internal sealed class RenderedOnce(Func<TemplateRenderer, object?> render)
{
    private readonly Lock _lock = new();
    private TemplateRenderer? _renderer;
    private object? _value;

    public object? Get(TemplateRenderer renderer)
    {
        lock (_lock)
        {
            if (_renderer is null)
            {
                _value = render(renderer);
                _renderer = renderer;
            }

            if (ReferenceEquals(_renderer, renderer))
            {
                return _value;
            }
        }

        // Another theme (a test rendering the same model twice): its own markup.
        return render(renderer);
    }
}
