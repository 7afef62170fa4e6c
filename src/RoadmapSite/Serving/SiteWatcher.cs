namespace RoadmapSite.Serving;

/// <summary>
/// Watches folders (content, site.yml, themes) and raises <see cref="Changed"/> once a burst of file events has
/// been quiet for <see cref="Debounce"/>: editors write a file in several steps, and one rebuild is enough.
/// <see cref="Changed"/> carries the <see cref="System.Diagnostics.Stopwatch"/> timestamp of the burst's first event,
/// so serve can say how long the author waited before the rebuild began.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private long firstEvent;

    public SiteWatcher(IEnumerable<string> folders, TimeSpan debounce)
    {
        Debounce = debounce;
        timer = new Timer(_ => Changed?.Invoke(Interlocked.Exchange(ref firstEvent, 0)), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    public TimeSpan Debounce { get; }

    public event Action<long>? Changed;

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        timer.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and backup files change on every keystroke without changing the content.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return;
        }

        Interlocked.CompareExchange(ref firstEvent, System.Diagnostics.Stopwatch.GetTimestamp(), 0);
        timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }
}
