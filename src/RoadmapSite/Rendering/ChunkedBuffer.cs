namespace RoadmapSite.Rendering;

/// <summary>
/// A write-only stream that keeps what is written in 1 MB chunks and hands it over as one array of the exact length.
/// A <see cref="MemoryStream"/> doubles its buffer as a page grows: for a 100 MB whole-tree page that left 128 MB of
/// outgrown buffers on the large-object heap besides the 128 MB buffer and the 100 MB copy handed over.
/// </summary>
internal sealed class ChunkedBuffer : Stream
{
    private const int ChunkSize = 1 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == ChunkSize)
            {
                // Small pages stay small: the first chunk grows with the page up to the chunk size.
                _chunks.Add(new byte[_chunks.Count == 0 ? Math.Clamp(buffer.Length, 64 * 1024, ChunkSize) : ChunkSize]);
                _used = 0;
            }

            var chunk = _chunks[^1];
            if (_used == chunk.Length && chunk.Length < ChunkSize)
            {
                Array.Resize(ref chunk, Math.Min(ChunkSize, chunk.Length * 2));
                _chunks[^1] = chunk;
            }

            var count = Math.Min(buffer.Length, chunk.Length - _used);
            buffer[..count].CopyTo(chunk.AsSpan(_used));
            _used += count;
            _length += count;
            buffer = buffer[count..];
            if (_used == chunk.Length && chunk.Length == ChunkSize)
            {
                _used = ChunkSize;
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Everything written, as one array of its exact length.</summary>
    public byte[] ToArray()
    {
        var result = new byte[_length];
        var at = 0;
        for (var i = 0; i < _chunks.Count; i++)
        {
            var count = i < _chunks.Count - 1 ? _chunks[i].Length : (int)(_length - at);
            _chunks[i].AsSpan(0, count).CopyTo(result.AsSpan(at));
            at += count;
        }

        return result;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
