using System.Text;
using RoadmapSite.Rendering;

namespace RoadmapSite.Tests.Rendering;

public sealed class ChunkedBufferTests
{
    [Fact]
    public void Text_and_bytes_written_across_many_chunks_come_out_as_the_same_utf8_in_order()
    {
        // Given text of one-, two-, three- and four-byte characters, written in pieces that straddle the chunk boundaries
        // (64 KB, then 1 MB), with UTF-8 bytes written between them
        var piece = "a<é>€😀 " + new string('x', 997);
        var expected = new MemoryStream();
        using var buffer = new ChunkedBuffer();
        for (var i = 0; i < 3000; i++)
        {
            buffer.Write(piece.AsSpan());
            expected.Write(Encoding.UTF8.GetBytes(piece));
            if (i % 7 == 0)
            {
                var bytes = Encoding.UTF8.GetBytes($"<li id=\"t{i}\">ü</li>");
                buffer.Write(bytes);
                expected.Write(bytes);
            }
        }

        // When it is handed over
        var actual = buffer.ToArray();

        // Then it is exactly the UTF-8 of what was written
        Assert.Equal(expected.Length, buffer.Length);
        Assert.Equal(expected.ToArray(), actual);
    }

    [Fact]
    public void A_surrogate_pair_split_between_two_writes_is_encoded_as_one_character()
    {
        // Given an emoji whose two UTF-16 halves arrive in separate writes, as a StreamWriter would have accepted them
        var emoji = "😀";
        using var buffer = new ChunkedBuffer();
        buffer.Write(("x" + emoji[0]).AsSpan());
        buffer.Write((emoji[1] + "y").AsSpan());

        // Then the page holds the emoji's four bytes, not two replacement characters
        Assert.Equal(Encoding.UTF8.GetBytes("x😀y"), buffer.ToArray());
    }

    [Fact]
    public void A_page_written_after_another_in_a_reused_chunk_holds_only_its_own_bytes()
    {
        // Given a buffer that wrote a long page and was returned to the pool
        using (var first = new ChunkedBuffer())
        {
            first.Write(new string('z', 200_000).AsSpan());
            _ = first.ToArray();
        }

        // When the next page is short
        using var second = new ChunkedBuffer();
        second.Write("<p>short</p>".AsSpan());

        // Then nothing of the first page leaks into it
        Assert.Equal("<p>short</p>", Encoding.UTF8.GetString(second.ToArray()));
    }
}
