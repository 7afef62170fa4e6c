using System.Globalization;
using RoadmapSite.Layout;

namespace RoadmapSite.Tests.Layout;

public sealed class LabelWrapperTests
{
    private const double LineWidth = 17.5;

    [Fact]
    public void GivenShortTitle_WhenWrapped_ThenItStaysOnOneLineUnchanged()
    {
        var lines = LabelWrapper.Wrap("Database Design", LineWidth, 3);

        Assert.Equal(["Database Design"], lines.ToArray());
    }

    [Fact]
    public void GivenTitleWiderThanOneLine_WhenWrapped_ThenItBreaksBetweenWordsAndEveryLineFits()
    {
        var lines = LabelWrapper.Wrap("Understanding transaction isolation levels in relational databases", LineWidth, 3);

        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(LabelWrapper.MeasureEms(line) <= LineWidth, line));
        Assert.All(lines, line => Assert.Equal(line.Trim(), line));
        Assert.Equal("Understanding transaction isolation levels in relational databases", string.Join(" ", lines));
    }

    [Fact]
    public void GivenTitleLongerThanThreeLines_WhenWrapped_ThenItIsCutToThreeLinesEndingInAnEllipsis()
    {
        var lines = LabelWrapper.Wrap(string.Concat(Enumerable.Repeat("word ", 100)), LineWidth, 3);

        Assert.Equal(3, lines.Length);
        Assert.EndsWith(LabelWrapper.Ellipsis, lines[2]);
        Assert.True(LabelWrapper.MeasureEms(lines[2]) <= LineWidth);
    }

    [Fact]
    public void GivenWordLongerThanALine_WhenWrapped_ThenItIsBrokenInsideTheWord()
    {
        var lines = LabelWrapper.Wrap(new string('x', 60), LineWidth, 3);

        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(LabelWrapper.MeasureEms(line) <= LineWidth, line));
    }

    [Fact]
    public void GivenCjkTitle_WhenMeasured_ThenEachCharacterCountsDouble()
    {
        Assert.Equal(2 * LabelWrapper.MeasureEms("a"), LabelWrapper.MeasureEms("数"), 6);
        Assert.Equal(2 * LabelWrapper.MeasureEms("a"), LabelWrapper.MeasureEms("👍🏽"), 6);
    }

    [Fact]
    public void GivenCjkTitleWithoutSpaces_WhenWrapped_ThenItBreaksBetweenCharactersAndEveryLineFits()
    {
        var lines = LabelWrapper.Wrap("数据库设计与规范化理论以及事务隔离级别", LineWidth, 3);

        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(LabelWrapper.MeasureEms(line) <= LineWidth, line));
    }

    [Theory]
    [InlineData("👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻")]
    [InlineData("🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪🇯🇵🇫🇷🇩🇪")]
    [InlineData("𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔𠀕𠀖𠀗𠀘𠀙𠀚𠀛𠀜𠀝𠀞𠀟")]
    [InlineData("éééééééééééééééééééééééééééééééééééééééééééééééééééééééé")]
    public void GivenTitleOfSurrogatePairsOrCombiningSequences_WhenWrapped_ThenNoTextElementIsSplit(string title)
    {
        var lines = LabelWrapper.Wrap(title, LineWidth, 3);

        Assert.True(lines.Length > 1);
        foreach (var line in lines)
        {
            Assert.False(char.IsHighSurrogate(line[^1]), $"line ends in half a surrogate pair: {line}");
            Assert.False(char.IsLowSurrogate(line[0]), $"line starts with half a surrogate pair: {line}");
            Assert.False(CharUnicodeInfo.GetUnicodeCategory(line[0]) == UnicodeCategory.NonSpacingMark, $"line starts with a combining mark: {line}");
            Assert.False(line.StartsWith('\u200D') || line.TrimEnd('…').EndsWith('\u200D'), $"line splits a ZWJ sequence: {line}");
        }

        var kept = string.Concat(lines).Replace(LabelWrapper.Ellipsis, "", StringComparison.Ordinal);
        Assert.StartsWith(kept, title, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenTitleWithNewlinesAndRunsOfSpaces_WhenWrapped_ThenWhitespaceIsCollapsed()
    {
        var lines = LabelWrapper.Wrap("  REST \n\t and   GraphQL  ", LineWidth, 3);

        Assert.Equal(["REST and GraphQL"], lines.ToArray());
    }

    [Fact]
    public void GivenEmptyTitle_WhenWrapped_ThenThereIsOneEmptyLine()
    {
        Assert.Equal([""], LabelWrapper.Wrap("   ", LineWidth, 3).ToArray());
    }

    [Fact]
    public void GivenLongPath_WhenWrapped_ThenItBreaksAfterSlashes()
    {
        var lines = LabelWrapper.Wrap("src/RoadmapSite/Layout/SvgGraphRenderer.cs", LineWidth, 3);

        Assert.True(lines.Length > 1);
        Assert.EndsWith("/", lines[0]);
    }
}
