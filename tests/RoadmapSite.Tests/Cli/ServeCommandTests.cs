using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Cli;

/// <summary>
/// <c>roadmap-site serve</c> as a user runs it: it serves under the base path, builds into a folder of its own (never
/// the current folder's <c>_site/</c>) and Ctrl+C stops it cleanly.
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Given_serve_when_a_page_is_requested_and_then_ctrl_c_is_pressed_then_it_served_the_page_only_to_allowed_hosts_wrote_nothing_beside_the_content_and_exits_0()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        temp.Write("_site/important.txt", "my notes");
        var before = TempFolder.HashOf(temp.Path);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = temp.Path };
        foreach (var argument in new[] { ProcessRunner.Cli, "serve", "--content", temp.Combine("content"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--base-url", "/r/", "--allowed-host", "roadmap.test" })
        {
            start.ArgumentList.Add(argument);
        }

        using var serve = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var serving = new TaskCompletionSource();
        serve.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Serving", StringComparison.Ordinal) == true)
            {
                serving.TrySetResult();
            }
        };
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            await serving.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient();
            var page = await http.GetStringAsync($"http://127.0.0.1:{port}/r/sections/basics/");
            Assert.Contains("Topic", page);
            Assert.Equal(HttpStatusCode.OK, await StatusForHostAsync(http, port, "roadmap.test"));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusForHostAsync(http, port, "rebound.example"));

            // What Ctrl+C sends.
            Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(15)), "serve did not stop within 15 s of Ctrl+C");

            // The parameterless wait also waits for the redirected output to be read to its end.
            serve.WaitForExit();
            Assert.Equal(0, serve.ExitCode);
            lock (output)
            {
                Assert.Contains("Stopped.", output.ToString());
            }

            // Served from a temporary folder of its own: the working folder, its _site/ and the content are as they were.
            Assert.Equal(before, TempFolder.HashOf(temp.Path));
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Given_a_port_in_use_when_serve_starts_then_it_exits_2_naming_a_free_port()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = ProcessRunner.RoadmapSite("serve", "--content", temp.Combine("content"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches($"port {port} on 127.0.0.1 is in use; try --port \\d+", result.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpStatusCode> StatusForHostAsync(HttpClient http, int port, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/r/");
        request.Headers.Host = host;
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
