using RoadmapSite.Localization;

namespace RoadmapSite.Tests.Localization;

/// <summary>CLDR's plural rules and number formats for the shipped languages, by CLDR's own examples.</summary>
public sealed class LocaleRulesTests
{
    [Theory]
    [InlineData("en", "one:1 other:0,2,11,1.5")]
    [InlineData("de", "one:1 other:0,2,21")]
    [InlineData("es", "one:1 many:1000000,2000000 other:0,2,1000,1.5")]
    [InlineData("pt", "one:0,1,1.5 many:1000000 other:2,21")]
    [InlineData("fr", "one:0,1,1.5 many:1000000 other:2,1000")]
    [InlineData("ru", "one:1,21,101 few:2,3,4,22,104 many:0,5,11,12,14,25,111 other:1.5")]
    [InlineData("ar", "zero:0 one:1 two:2 few:3,10,103 many:11,99,111 other:100,101,102,1.5")]
    [InlineData("hi", "one:0,1,0.5 other:2,11")]
    [InlineData("fa", "one:0,1 other:2,10")]
    [InlineData("zh", "other:0,1,2,100")]
    [InlineData("ja", "other:1")]
    [InlineData("ko-KR", "other:1")]
    public void Given_numbers_when_their_plural_category_is_asked_then_it_is_cldrs(string language, string samples)
    {
        foreach (var group in samples.Split(' '))
        {
            var (category, numbers) = (group.Split(':')[0], group.Split(':')[1].Split(','));
            foreach (var number in numbers)
            {
                Assert.True(category == LocaleRules.PluralCategory(language, double.Parse(number, System.Globalization.CultureInfo.InvariantCulture)), $"{language} {number}: expected {category}");
            }
        }
    }

    [Theory]
    [InlineData("en", 1234567.5, "1,234,567.5")]
    [InlineData("de", 1234.5, "1.234,5")]
    [InlineData("es", 1234, "1234")]
    [InlineData("es", 12345, "12.345")]
    [InlineData("fr", 12345, "12\u202F345")]
    [InlineData("ru", 12345, "12\u00A0345")]
    [InlineData("hi", 1234567, "12,34,567")]
    [InlineData("fa", 1234.5, "۱٬۲۳۴٫۵")]
    [InlineData("ar", 1234.5, "1,234.5")]
    [InlineData("zh-Hans", 2.25, "2.3")]
    public void Given_a_number_when_formatted_then_it_is_written_as_intl_numberformat_writes_it(string language, double number, string expected) =>
        Assert.Equal(expected, LocaleRules.FormatNumber(language, number));

    [Theory]
    [InlineData("ar", true)]
    [InlineData("fa-IR", true)]
    [InlineData("en", false)]
    [InlineData("he", false)]
    public void Given_a_language_then_its_interface_direction_follows_it(string language, bool rightToLeft) =>
        Assert.Equal(rightToLeft, LocaleRules.IsRightToLeft(language));
}
