using Scriban.Runtime;

namespace RoadmapSite.Rendering;

/// <summary>
/// Where a page's render writes: text is encoded as it comes into the page's UTF-8 (<see cref="ChunkedBuffer"/>), and
/// markup already held as UTF-8 (a shared checklist) is copied in as bytes.
/// </summary>
internal sealed class Utf8PageOutput(ChunkedBuffer page) : IScriptOutput
{
    public void Write(string text, int offset, int count) => page.Write(text.AsSpan(offset, count));

    public void WriteUtf8(ReadOnlySpan<byte> utf8) => page.Write(utf8);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
