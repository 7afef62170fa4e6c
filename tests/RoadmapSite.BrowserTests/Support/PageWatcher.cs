using Microsoft.Playwright;

namespace RoadmapSite.BrowserTests.Support;

/// <summary>
/// Records what a page should never do: console errors, failed or error-status requests, requests to any host other
/// than the test server, and Content-Security-Policy violations (which Chromium reports on the console).
/// </summary>
internal sealed class PageWatcher
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _failedRequests = [];
    private readonly List<string> _foreignRequests = [];
    private readonly List<string> _policyViolations = [];
    private readonly Lock _gate = new();

    public PageWatcher(IPage page, string? expectedNotFoundUrl = null)
    {
        page.Console += (_, message) =>
        {
            lock (_gate)
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    _policyViolations.Add(message.Text);
                }

                // A 404 page is requested on purpose; Chromium logs its status as a console error all the same.
                var expected404 = expectedNotFoundUrl is not null && message.Location.StartsWith(expectedNotFoundUrl, StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal);
                if (message.Type == "error" && !expected404)
                {
                    _consoleErrors.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) => Add(_consoleErrors, "uncaught: " + error);
        page.RequestFailed += (_, request) => Add(_failedRequests, $"{request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != expectedNotFoundUrl)
            {
                Add(_failedRequests, $"{response.Request.Method} {response.Url}: HTTP {response.Status}");
            }
        };
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1")
            {
                Add(_foreignRequests, request.Url);
            }
        };
    }

    public IReadOnlyList<string> PolicyViolations => Snapshot(_policyViolations);

    /// <summary>Fails with everything that went wrong on the page, if anything did.</summary>
    public void AssertClean(string what)
    {
        var problems = new[]
        {
            ("console errors", Snapshot(_consoleErrors)),
            ("failed requests", Snapshot(_failedRequests)),
            ("requests to other hosts", Snapshot(_foreignRequests)),
            ("Content-Security-Policy violations", Snapshot(_policyViolations)),
        }.Where(kind => kind.Item2.Count > 0).ToList();

        Assert.True(problems.Count == 0, $"{what}:\n" + string.Join("\n", problems.Select(kind => $"  {kind.Item1}:\n    " + string.Join("\n    ", kind.Item2))));
    }

    private void Add(List<string> list, string entry)
    {
        lock (_gate)
        {
            list.Add(entry);
        }
    }

    private IReadOnlyList<string> Snapshot(List<string> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
