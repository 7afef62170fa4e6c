using System.Collections.Immutable;
using RoadmapSite.Badges;
using RoadmapSite.Configuration;
using RoadmapSite.Localization;
using RoadmapSite.Model;
using RoadmapSite.Pipelines;

namespace RoadmapSite.Site.Modules;

/// <summary>
/// Publishes the progress badges: <c>badge.svg</c> and <c>badge-dark.svg</c> at the site root for the whole roadmap,
/// and the same pair in each section's folder (<c>sections/&lt;id&gt;/badge.svg</c>). A badge counts the author's
/// own ticks (<c>[x]</c> in the Markdown) of the trackable topics: what a fork's README can show about its owner.
/// </summary>
internal sealed class WriteBadges(SiteSettings settings) : IModule
{
    public const string Light = "badge.svg";
    public const string Dark = "badge-dark.svg";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var roadmap = context.Roadmap();
        var badges = ImmutableArray.CreateBuilder<Document>();
        var title = settings.Title.Length > 0 ? settings.Title : roadmap.Title;
        var strings = context.Strings();
        string Describe(int done, int total, int percent) =>
            strings.Get("meter.done", new Dictionary<string, object?> { ["done"] = done, ["total"] = total }) + ", " + LocaleRules.FormatNumber(strings.Language, percent) + "%";
        Add(badges, "", title, roadmap.AllItems(), Describe);
        foreach (var section in roadmap.Sections)
        {
            Add(badges, $"sections/{section.Id}/", section.Title, section.AllItems(), Describe);
        }

        return Task.FromResult<ImmutableArray<Document>>([.. inputs, .. badges]);
    }

    private static void Add(ImmutableArray<Document>.Builder badges, string folder, string title, IEnumerable<RoadmapItem> items, Func<int, int, int, string> describe)
    {
        var trackable = items.Where(item => item.Trackable).ToList();
        var done = trackable.Count(item => item.Checked);
        badges.Add(Document.FromText(folder + Light, ProgressBadge.Render(title, done, trackable.Count, BadgeScheme.Light, describe)));
        badges.Add(Document.FromText(folder + Dark, ProgressBadge.Render(title, done, trackable.Count, BadgeScheme.Dark, describe)));
    }
}
