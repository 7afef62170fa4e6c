using System.Text;

namespace RoadmapSite.Bench;

/// <summary>
/// A minimal Hugo site around the same Markdown: one page, one layout that prints <c>.Content</c>, no taxonomies,
/// no RSS. It is Hugo's floor for "Markdown in, HTML page out", the fairest like-for-like we can give it.
/// </summary>
public static class HugoSite
{
    public const string Executable = "/usr/bin/hugo";

    public static bool Available => File.Exists(Executable);

    /// <summary>Writes the site into <paramref name="directory"/> (replacing it) with <paramref name="markdownFile"/> as its one page.</summary>
    public static string Create(string directory, string markdownFile, string title)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var utf8 = new UTF8Encoding(false);
        Directory.CreateDirectory(Path.Combine(directory, "content"));
        Directory.CreateDirectory(Path.Combine(directory, "layouts", "_default"));
        File.WriteAllText(Path.Combine(directory, "config.toml"), """
            baseURL = "http://127.0.0.1/"
            languageCode = "en"
            title = "Benchmark"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            [markup.goldmark.renderer]
            unsafe = true
            """, utf8);
        var layout = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n";
        File.WriteAllText(Path.Combine(directory, "layouts", "_default", "single.html"), layout, utf8);
        File.WriteAllText(Path.Combine(directory, "layouts", "_default", "list.html"), layout, utf8);
        File.WriteAllText(Path.Combine(directory, "layouts", "index.html"), layout, utf8);
        var front = $"---\ntitle: \"{title.Replace("\"", "'", StringComparison.Ordinal)}\"\n---\n\n";
        File.WriteAllText(Path.Combine(directory, "content", "roadmap.md"), front + File.ReadAllText(markdownFile), utf8);
        return directory;
    }

    public static string[] BuildArguments(string site, string output) => ["--quiet", "--source", site, "--destination", output, "--cleanDestinationDir"];
}
