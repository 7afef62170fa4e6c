using System.Text;
using RoadmapSite.Model;

namespace RoadmapSite.Tests.Support;

/// <summary>
/// A readable text picture of a parsed roadmap, compared against <c>case.expected.txt</c> fixtures:
/// one line per section and item with its id, kind, markers, title and description.
/// </summary>
public static class RoadmapOutline
{
    public static string Write(Roadmap roadmap)
    {
        var text = new StringBuilder();
        text.Append("title: ").AppendLine(roadmap.Title);
        if (roadmap.Direction != "ltr")
        {
            text.Append("direction: ").AppendLine(roadmap.Direction);
        }

        if (roadmap.LegendHtml.Length > 0)
        {
            text.AppendLine("legend: yes");
        }

        foreach (var entry in roadmap.LegendEntries)
        {
            text.Append("legend entry: ").Append(entry.Symbol).Append(' ').AppendLine(entry.Meaning);
        }

        if (roadmap.IntroHtml.Length > 0)
        {
            text.Append("intro: ").AppendLine(roadmap.IntroHtml.ReplaceLineEndings(" "));
        }

        foreach (var section in roadmap.Sections)
        {
            text.Append("## ").Append(section.Id).Append(" = ").Append(section.Title).Append(" (line ").Append(section.Source.Line).AppendLine(")");
            if (section.IntroHtml.Length > 0)
            {
                text.Append("   intro: ").AppendLine(section.IntroHtml.ReplaceLineEndings(" "));
            }

            foreach (var item in section.Items)
            {
                WriteItem(text, item, 0);
            }
        }

        foreach (var diagnostic in roadmap.Diagnostics)
        {
            text.Append("! ").AppendLine(diagnostic.ToString());
        }

        return text.ToString();
    }

    private static void WriteItem(StringBuilder text, RoadmapItem item, int depth)
    {
        text.Append(' ', depth * 2).Append(item.Kind switch
        {
            ItemKind.Task => item.Checked ? "[x] " : "[ ] ",
            ItemKind.Group => "[group] ",
            _ => "[placeholder] ",
        });
        text.Append(item.Id).Append(" = ").Append(item.Title);
        if (item.Difficulty != Difficulty.None || item.Importance is not null)
        {
            text.Append(" {").Append(item.Difficulty.ToString().ToLowerInvariant()).Append(", ").Append(item.Importance?.ToString() ?? "-").Append('}');
        }

        if (item.Aliases.Length > 0)
        {
            text.Append(" aka ").Append(string.Join(",", item.Aliases));
        }

        if (item.Description.Length > 0)
        {
            text.Append(" :: ").Append(item.Description);
        }

        if (item.AuthorInProgress)
        {
            text.Append(" (author: in progress)");
        }

        text.AppendLine();
        foreach (var note in item.NotesHtml)
        {
            text.Append(' ', depth * 2 + 4).Append("note: ").AppendLine(note.ReplaceLineEndings(" "));
        }

        foreach (var block in item.BlocksHtml)
        {
            text.Append(' ', depth * 2 + 4).Append("block: ").AppendLine(block.ReplaceLineEndings(" "));
        }

        foreach (var child in item.Children)
        {
            WriteItem(text, child, depth + 1);
        }
    }
}
