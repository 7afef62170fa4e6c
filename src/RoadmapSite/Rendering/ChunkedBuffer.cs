using System.Buffers;
using System.Text;

namespace RoadmapSite.Rendering;

/// <summary>
/// A page being rendered, kept as UTF-8 in chunks borrowed from <see cref="ArrayPool{T}.Shared"/> and handed over as one
/// array of the exact length. Text is encoded straight into the chunks.
/// </summary>
/// <remarks>
/// A <see cref="MemoryStream"/> doubles its buffer as a page grows: for a 100 MB whole-tree page that left 128 MB of
/// outgrown buffers on the large-object heap besides the 128 MB buffer and the 100 MB copy handed over. A
/// <see cref="StreamWriter"/> in front of it cost a 128 KB character buffer and a 192 KB byte buffer per render, new
/// each time (large objects, cleared on allocation, each pair bringing the next full collection nearer): on the default
/// roadmap that was a fifth of the Pages phase. Pooled chunks come back cleared by nobody and are reused by the next render.
/// </remarks>
internal sealed class ChunkedBuffer : IDisposable
{
    private const int FirstChunkSize = 64 * 1024;
    private const int ChunkSize = 1 << 20;

    // The encoder keeps a surrogate pair that straddles two writes whole, as a StreamWriter's did.
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();

    // Every chunk with the count of bytes used in it; only the last one is still being filled.
    private readonly List<(byte[] Chunk, int Used)> _filled = [];
    private byte[] _chunk = [];
    private int _used;
    private long _filledLength;

    /// <summary>Bytes written so far.</summary>
    public long Length => _filledLength + _used;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        FlushEncoder();
        WriteBytes(bytes);
    }

    public void Write(ReadOnlySpan<char> text)
    {
        while (true)
        {
            // Room for at least one whole character (4 bytes), so the encoder always makes progress.
            if (_chunk.Length - _used < 4)
            {
                NextChunk();
            }

            _encoder.Convert(text, _chunk.AsSpan(_used), flush: false, out var charsUsed, out var bytesUsed, out _);
            _used += bytesUsed;
            text = text[charsUsed..];
            if (text.IsEmpty)
            {
                return;
            }
        }
    }

    /// <summary>Everything written, as one array of its exact length.</summary>
    public byte[] ToArray()
    {
        FlushEncoder();
        var result = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var at = 0;
        foreach (var (chunk, used) in _filled)
        {
            chunk.AsSpan(0, used).CopyTo(result.AsSpan(at));
            at += used;
        }

        _chunk.AsSpan(0, _used).CopyTo(result.AsSpan(at));
        return result;
    }

    public void Dispose()
    {
        foreach (var (chunk, _) in _filled)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (_chunk.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_chunk);
        }

        _filled.Clear();
        _chunk = [];
        _used = 0;
        _filledLength = 0;
    }

    /// <summary>
    /// A high surrogate left waiting by the last text write is written as the replacement character, as a StreamWriter's
    /// flush wrote it (a lone surrogate has no UTF-8 form).
    /// </summary>
    private void FlushEncoder()
    {
        Span<byte> pending = stackalloc byte[8];
        _encoder.Convert([], pending, flush: true, out _, out var bytesUsed, out _);
        WriteBytes(pending[..bytesUsed]);
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_used == _chunk.Length)
            {
                NextChunk();
            }

            var count = Math.Min(bytes.Length, _chunk.Length - _used);
            bytes[..count].CopyTo(_chunk.AsSpan(_used));
            _used += count;
            bytes = bytes[count..];
        }
    }

    private void NextChunk()
    {
        if (_chunk.Length > 0)
        {
            _filled.Add((_chunk, _used));
            _filledLength += _used;
        }

        // Small pages stay small: the first chunk is 64 KB (not a large object), the rest 1 MB.
        _chunk = ArrayPool<byte>.Shared.Rent(_chunk.Length == 0 ? FirstChunkSize : ChunkSize);
        _used = 0;
    }
}
