using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace RoadmapSite.Pipelines;

/// <summary>
/// The unit of data flowing through pipelines: immutable, so a module returns changed copies and never
/// affects what another pipeline sees.
/// </summary>
/// <param name="Destination">
/// Relative output path with forward slashes (<c>sections/basics/index.html</c>), or null/empty for documents that
/// only carry data between pipelines (e.g. the parsed model) and are never written.
/// </param>
/// <param name="Content">The bytes written to <paramref name="Destination"/>.</param>
/// <param name="Metadata">
/// Named values; its enumeration order is not stable between processes, so look values up by key rather than
/// enumerating them into output.
/// </param>
internal sealed record Document(string? Destination, ReadOnlyMemory<byte> Content, ImmutableDictionary<string, object?> Metadata)
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>No destination, no content, no metadata: the start of a data-only document.</summary>
    public static Document Empty { get; } = new(null, ReadOnlyMemory<byte>.Empty, ImmutableDictionary<string, object?>.Empty);

    /// <summary>A document whose content is <paramref name="text"/> encoded as UTF-8 without a byte order mark.</summary>
    public static Document FromText(string? destination, string text) => Empty.WithDestination(destination).WithContent(text);

    /// <summary>True when <see cref="WriteFiles"/> writes this document.</summary>
    public bool HasDestination => !string.IsNullOrEmpty(Destination);

    public Document WithDestination(string? destination) => this with { Destination = destination };

    public Document WithContent(ReadOnlyMemory<byte> content) => this with { Content = content };

    /// <summary>Replaces the content with <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public Document WithContent(string text) => this with { Content = Utf8WithoutBom.GetBytes(text) };

    public Document WithMetadata(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document WithMetadata<T>(MetadataKey<T> key, T value) => WithMetadata(key.Name, value);

    public string ContentAsString() => Utf8WithoutBom.GetString(Content.Span);

    /// <summary>The value under <paramref name="key"/>; a missing key or a value of another type is a bug in the pipeline declaration, so it throws.</summary>
    public T Get<T>(string key)
    {
        if (!Metadata.TryGetValue(key, out var value))
        {
            throw new KeyNotFoundException($"Document '{DisplayName}' has no metadata '{key}'.");
        }

        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException(
                $"Metadata '{key}' of document '{DisplayName}' is {value?.GetType().Name ?? "null"}, not {typeof(T).Name}."),
        };
    }

    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (Metadata.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    public T GetOrDefault<T>(string key, T defaultValue) => TryGet<T>(key, out var value) ? value : defaultValue;

    public T Get<T>(MetadataKey<T> key) => Get<T>(key.Name);

    public bool TryGet<T>(MetadataKey<T> key, [MaybeNullWhen(false)] out T value) => TryGet(key.Name, out value);

    public T GetOrDefault<T>(MetadataKey<T> key, T defaultValue) => GetOrDefault(key.Name, defaultValue);

    private string DisplayName => HasDestination ? Destination! : "(not written)";
}
