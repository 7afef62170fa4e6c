using System.Diagnostics;
using System.Text;
using RoadmapSite.Model;
using RoadmapSite.Parsing;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Parsing;

/// <summary>
/// No input, however broken, may crash the parser: random Markdown from a grammar of the constructs authors
/// use, and mutations of real documents. Seeds are fixed, so a failure names a case that can be replayed.
/// </summary>
public sealed class FuzzTests
{
    private const int GeneratedCases = 300;
    private const int MutationsPerDocument = 20;

    private static readonly string[] Markers = ["🟢", "🟡", "🔴", "⭐", "⭐⭐", "⭐️", "🟢️", "★", "🟠", "🔵", "⚪", ""];
    private static readonly string[] Words =
    [
        "Docker", "Testing", "Testing", "APIs", "数据结构", "算法", "احراز هویت", "توکن‌ها", "משתנים", "プログラミング", "...", "…",
        "`code`", "**bold**", "*em*", "[link](https://example.com)", "[anchor](#top)", "<b>html</b>", "<script>x</script>", "&nbsp;",
        "😀", "👩‍💻", "x", ":", " - ", "—", "{#", "}", "{#id}", "{#a aka=b}", "{#-bad}", "<https://auto.link>", "\\", "|", "[ ]", "[x]",
    ];

    private static readonly string[] Bullets = ["- ", "* ", "+ ", "1. ", "2) ", "-", "10. "];
    private static readonly string[] Boxes = ["[ ] ", "[x] ", "[X] ", "[ ]", "[~] ", "[] ", "[-] ", "[✓] ", "", ""];
    private static readonly string[] Indents = ["", "", "  ", "    ", "\t", "\t  ", "      ", " ", "\t\t"];
    private static readonly string[] Newlines = ["\n", "\n", "\n", "\r\n", "\r"];

    public static TheoryData<string> RealDocuments()
    {
        var data = new TheoryData<string> { RepositoryPaths.DefaultRoadmap };
        foreach (var file in RepositoryPaths.CorpusFiles)
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Given_random_markdown_from_the_grammar_when_parsed_then_it_never_throws_and_the_result_is_well_formed()
    {
        var watch = Stopwatch.StartNew();
        for (var seed = 0; seed < GeneratedCases; seed++)
        {
            var text = Generate(new Random(seed));
            AssertWellFormed(text, $"generated seed {seed}");
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"generated cases took {watch.Elapsed}");
    }

    [Fact]
    public void Given_random_markdown_split_across_files_when_parsed_together_then_ids_are_unique_across_the_roadmap()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var random = new Random(10_000 + seed);
            var documents = Enumerable.Range(0, random.Next(2, 4))
                .Select(i => new SourceDocument($"{i + 1}_part.md", Generate(random)))
                .ToList();

            AssertWellFormed(() => RoadmapParser.Parse(documents, Configuration.MarkerVocabulary.Default), $"multi-file seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(RealDocuments))]
    public void Given_mutations_of_a_real_document_when_parsed_then_it_never_throws_and_the_result_is_well_formed(string path)
    {
        var original = File.ReadAllText(path);
        AssertWellFormed(original, $"{Path.GetFileName(path)} unmutated");
        for (var seed = 0; seed < MutationsPerDocument; seed++)
        {
            var random = new Random(seed);
            var text = Mutate(original, random);
            AssertWellFormed(text, $"{Path.GetFileName(path)} mutation seed {seed}");
        }
    }

    private static void AssertWellFormed(string text, string label) =>
        AssertWellFormed(() => RoadmapParser.Parse("fuzz.md", text), label);

    private static void AssertWellFormed(Func<Roadmap> parse, string label)
    {
        Roadmap roadmap;
        try
        {
            roadmap = parse();
        }
        catch (Exception exception)
        {
            Assert.Fail($"{label}: parser threw {exception}");
            return;
        }

        var ids = roadmap.AllItems().Select(item => item.Id).ToList();
        Assert.True(ids.All(id => id.Length > 0), $"{label}: an item has an empty id");
        var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Assert.True(duplicate is null, $"{label}: id '{duplicate?.Key}' is used {duplicate?.Count()} times");
        var sectionIds = roadmap.Sections.Select(s => s.Id).ToList();
        Assert.True(sectionIds.All(id => id.Length > 0) && sectionIds.Distinct(StringComparer.Ordinal).Count() == sectionIds.Count, $"{label}: section ids {string.Join(", ", sectionIds)}");
        foreach (var diagnostic in roadmap.Diagnostics)
        {
            Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, $"{label}: {diagnostic}");
        }
    }

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        var newline = Pick(random, Newlines);
        if (random.Next(4) == 0)
        {
            text.Append("\uFEFF");
        }

        if (random.Next(5) == 0)
        {
            text.Append("---").Append(newline).Append("title: ").Append(Phrase(random)).Append(newline).Append("---").Append(newline);
        }

        var lines = random.Next(1, 40);
        for (var i = 0; i < lines; i++)
        {
            if (random.Next(6) == 0)
            {
                newline = Pick(random, Newlines);
            }

            switch (random.Next(12))
            {
                case 0:
                    text.Append(new string('#', random.Next(1, 7))).Append(' ').Append(Phrase(random));
                    break;
                case 1:
                    text.Append("> ").Append(random.Next(2) == 0 ? Pick(random, ["[!NOTE]", "[!WARNING]", "[!TIP]", "[!UNKNOWN]"]) : Phrase(random));
                    break;
                case 2:
                    text.Append("```").Append(newline).Append(Phrase(random)).Append(newline).Append(random.Next(3) == 0 ? "" : "```");
                    break;
                case 3:
                    text.Append(Pick(random, ["<div>", "</div>", "<!-- comment -->", "<details><summary>x</summary>", "| a | b |", "|---|---|", "---", "***", "[ref]: https://example.com"]));
                    break;
                case 4:
                    text.Append(Pick(random, Indents)).Append(Pick(random, Bullets)).Append(Phrase(random));
                    break;
                case 5:
                    break;
                case 6:
                    text.Append(Phrase(random));
                    break;
                default:
                    text.Append(Pick(random, Indents)).Append(Pick(random, Bullets)).Append(Pick(random, Boxes))
                        .Append(Pick(random, Markers)).Append(Pick(random, Markers)).Append(Phrase(random));
                    break;
            }

            text.Append(newline);
        }

        return text.ToString();
    }

    private static string Phrase(Random random)
    {
        var words = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pick(random, Words));
        return string.Join(random.Next(3) == 0 ? "" : " ", words);
    }

    private static string Mutate(string original, Random random)
    {
        var lines = original.Split('\n').ToList();
        var steps = random.Next(1, 8);
        for (var step = 0; step < steps && lines.Count > 0; step++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3:
                    var position = random.Next(lines[at].Length + 1);
                    lines[at] = lines[at].Insert(position, Pick(random, ["[", "]", "{#", "}", "\t", "  ", "#", "- ", "🟠", "⭐", "\r", "\u200C", "\uFEFF", "`", "*", ">", "\0", "\uD800"]));
                    break;
                case 4:
                    lines[at] = lines[at][..random.Next(lines[at].Length + 1)];
                    break;
                case 5:
                    lines.Insert(at, Pick(random, Indents) + Pick(random, Bullets) + Pick(random, Boxes) + Phrase(random));
                    break;
                default:
                    lines[at] = lines[at].Replace("[ ]", Pick(random, ["[]", "[~]", "[ ]x", "[x]", ""]), StringComparison.Ordinal);
                    break;
            }
        }

        var text = string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines);
        return random.Next(5) == 0 ? text[..random.Next(text.Length + 1)] : text;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> options) => options[random.Next(options.Count)];
}
