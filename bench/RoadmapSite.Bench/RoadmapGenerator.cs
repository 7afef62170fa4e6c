using System.Text;

namespace RoadmapSite.Bench;

/// <summary>
/// Writes a synthetic roadmap shaped like the real ones: sections of nested checklists (depth up to 3), items
/// with difficulty markers and stars, a title and a sentence of description, some inline code and links.
/// The same seed always gives the same bytes, so two runs (or two machines) measure the same input.
/// </summary>
public sealed class RoadmapGenerator(int items, int seed, int? sections = null)
{
    private static readonly string[] Subjects =
    [
        "Caching", "Indexing", "Replication", "Sharding", "Message Queues", "Load Balancing", "Rate Limiting", "Authentication",
        "Authorization", "Observability", "Tracing", "Logging", "Metrics", "Containers", "Orchestration", "Service Mesh",
        "REST APIs", "GraphQL", "gRPC", "WebSockets", "Event Sourcing", "CQRS", "Domain Modeling", "Unit Testing",
        "Integration Testing", "Property Testing", "Fuzzing", "Profiling", "Garbage Collection", "Concurrency", "Async I/O",
        "Thread Pools", "Lock-Free Structures", "Consensus", "Distributed Transactions", "Schema Migrations", "ORMs",
        "Query Planning", "Connection Pooling", "TLS", "Secrets Management", "Feature Flags", "Blue-Green Deployments",
        "Canary Releases", "Infrastructure as Code", "Backups", "Disaster Recovery", "Search Engines", "Stream Processing",
        "Batch Jobs", "Data Modeling", "Serialization", "Compression", "HTTP Semantics", "DNS", "CDNs", "Object Storage",
        "Key-Value Stores", "Time-Series Databases", "Graph Databases", "Code Review", "Version Control", "CI Pipelines",
    ];

    private static readonly string[] Aspects =
    [
        "Basics", "Patterns", "Pitfalls", "in Practice", "Internals", "Trade-offs", "Tooling", "at Scale", "Security",
        "Performance", "Testing", "Monitoring", "Configuration", "Failure Modes", "Best Practices", "Design",
    ];

    private static readonly string[] Verbs = ["Learn", "Understand", "Explore", "Practise", "Compare", "Measure", "Read about", "Build"];

    private static readonly string[] Objects =
    [
        "how it behaves under load", "the common failure modes and how to recover from them", "when to choose it and when not to",
        "the configuration options that matter", "the main algorithms behind it", "how to test it in isolation",
        "how to observe it in production", "its cost in latency and memory", "the vocabulary used in the documentation",
    ];

    private static readonly string[] Areas =
    [
        "Foundations", "Databases", "Networking", "APIs", "Architecture", "Testing", "Operations", "Security", "Performance",
        "Distributed Systems", "Data Engineering", "Cloud", "Tooling", "Collaboration", "Reliability", "Storage",
    ];

    private static readonly string[] Codes = ["`curl -v`", "`EXPLAIN ANALYZE`", "`git bisect`", "`kubectl get pods`", "`strace`", "`SELECT ... FOR UPDATE`"];

    public string Title => $"Synthetic Roadmap ({items:N0} items, seed {seed})";

    /// <summary>Writes <c>content/roadmap.md</c> and <c>content/site.yml</c> under <paramref name="directory"/>; returns the content folder.</summary>
    public string WriteTo(string directory)
    {
        var content = Path.Combine(directory, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "roadmap.md"), Markdown(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(content, "site.yml"), $"site_id: synthetic-{items}-{seed}\nbase_url: /\nlanguage: en\n", new UTF8Encoding(false));
        return content;
    }

    public string Markdown()
    {
        var random = new Random(seed);
        var sectionCount = sections ?? Math.Max(4, (int)Math.Round(Math.Sqrt(items) / 1.5));
        var used = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder(items * 130);
        text.Append("# ").Append(Title).Append("\n\n");
        text.Append("A generated roadmap for benchmarks: realistic shape, meaningless content. Tick what you know, learn the rest.\n\n");
        text.Append("> [!NOTE]\n> The difficulty of a subject is marked 🟢 🟡 🔴 from easy to hard.\n>\n> Its importance is marked with ⭐ (0 to 3).\n\n");

        var written = 0;
        for (var s = 0; s < sectionCount; s++)
        {
            var quota = (items - written) / (sectionCount - s);
            var area = Areas[s % Areas.Length] + (s >= Areas.Length ? $" {s / Areas.Length + 1}" : "");
            text.Append("## ").Append(area).Append("\n\n");
            text.Append("What a backend developer should know about ").Append(area.ToLowerInvariant()).Append(".\n\n");
            // One bullet character per list: CommonMark starts a new list when it changes.
            var bullet = random.Next(5) == 0 ? "* " : "- ";
            var inSection = 0;
            while (inSection < quota)
            {
                inSection += WriteItem(text, random, used, bullet, depth: 0, budget: quota - inSection);
            }

            written += inSection;
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes one item and some children; returns how many items it wrote (at most <paramref name="budget"/>).</summary>
    private int WriteItem(StringBuilder text, Random random, HashSet<string> used, string bullet, int depth, int budget)
    {
        text.Append(' ', depth * 2).Append(bullet).Append(random.Next(8) == 0 ? "[x] " : "[ ] ");
        text.Append(random.Next(10) switch { < 5 => "🟢", < 8 => "🟡", _ => "🔴" });
        text.Append('⭐', random.Next(4));
        text.Append(' ');
        var title = UniqueTitle(random, used);
        text.Append(random.Next(12) == 0 ? $"**{title}**" : title);
        text.Append(": ").Append(Verbs[random.Next(Verbs.Length)]).Append(' ').Append(Objects[random.Next(Objects.Length)]);
        if (random.Next(6) == 0)
        {
            text.Append(", for example with ").Append(Codes[random.Next(Codes.Length)]);
        }

        text.Append('.');
        if (random.Next(5) == 0)
        {
            var slug = title.ToLowerInvariant().Replace(' ', '-');
            text.Append(" See [the guide](https://example.com/guides/").Append(Uri.EscapeDataString(slug)).Append(").");
        }

        text.Append('\n');
        var count = 1;
        if (depth < 2)
        {
            var children = depth == 0 ? random.Next(5) : random.Next(3);
            for (var c = 0; c < children && count < budget; c++)
            {
                count += WriteItem(text, random, used, bullet, depth + 1, budget - count);
            }
        }

        return count;
    }

    private static string UniqueTitle(Random random, HashSet<string> used)
    {
        var title = $"{Subjects[random.Next(Subjects.Length)]} {Aspects[random.Next(Aspects.Length)]}";
        for (var n = 2; !used.Add(title); n++)
        {
            title = $"{Subjects[random.Next(Subjects.Length)]} {Aspects[random.Next(Aspects.Length)]} {n}";
        }

        return title;
    }
}
