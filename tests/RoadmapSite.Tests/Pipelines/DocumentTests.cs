using RoadmapSite.Pipelines;

namespace RoadmapSite.Tests.Pipelines;

public sealed class DocumentTests
{
    [Fact]
    public void Text_content_is_utf8_without_a_byte_order_mark()
    {
        // Given / When
        var document = Document.FromText("index.html", "é");

        // Then
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, document.Content.ToArray());
        Assert.Equal("é", document.ContentAsString());
    }

    [Fact]
    public void With_methods_return_changed_copies_and_leave_the_original_alone()
    {
        // Given
        var original = Document.FromText("a.html", "a");

        // When
        var changed = original.WithMetadata("Title", "A").WithContent("b").WithDestination("b.html");

        // Then
        Assert.False(original.TryGet<string>("Title", out _));
        Assert.Equal("a", original.ContentAsString());
        Assert.Equal("a.html", original.Destination);
        Assert.Equal("A", changed.Get<string>("Title"));
        Assert.Equal("b", changed.ContentAsString());
        Assert.Equal("b.html", changed.Destination);
    }

    [Fact]
    public void Get_names_the_missing_key_and_the_wrong_type()
    {
        // Given
        var document = Document.FromText("page.html", "").WithMetadata("Count", 3);

        // When
        var missing = Assert.Throws<KeyNotFoundException>(() => document.Get<string>("Title"));
        var wrongType = Assert.Throws<InvalidCastException>(() => document.Get<string>("Count"));

        // Then
        Assert.Contains("'Title'", missing.Message);
        Assert.Contains("page.html", missing.Message);
        Assert.Contains("Int32", wrongType.Message);
        Assert.Equal(3, document.GetOrDefault("Count", 0));
        Assert.Equal(7, document.GetOrDefault("Other", 7));
    }

    [Fact]
    public void A_document_without_destination_is_not_written()
    {
        // Given / When
        var data = Document.Empty.WithMetadata("Model", new object());

        // Then
        Assert.False(data.HasDestination);
        Assert.False(data.WithDestination("").HasDestination);
        Assert.True(data.WithDestination("x.json").HasDestination);
    }
}
