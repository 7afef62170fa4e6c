using RoadmapSite.Tests.Support;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Tests.Publishing;

/// <summary>
/// The GitHub Pages workflow and netlify.toml cannot run here; these tests pin the keys they need, in this
/// repository and in the scaffold that <c>roadmap-site new</c> writes.
/// </summary>
public sealed class DeploymentFilesTests
{
    public static TheoryData<string> Roots() => new()
    {
        RepositoryPaths.Root,
        Path.Combine(RepositoryPaths.Root, "src", "RoadmapSite.Cli", "Scaffold"),
    };

    [Theory]
    [MemberData(nameof(Roots))]
    public void Given_the_pages_workflow_then_it_builds_with_the_base_path_from_configure_pages_and_deploys(string root)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(root, ".github", "workflows", "pages.yml"))));
        var workflow = (YamlMappingNode)yaml.Documents[0].RootNode;

        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());
        var jobs = (YamlMappingNode)workflow["jobs"];
        var buildSteps = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Cast<YamlMappingNode>().ToList();
        string? Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : null;
        Assert.Contains(buildSteps, step => Uses(step)?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true
            && ((YamlMappingNode)step["with"])["dotnet-version"].ToString().StartsWith("10.", StringComparison.Ordinal));
        Assert.Contains(buildSteps, step => Uses(step)?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true && step["id"].ToString() == "pages");
        var build = buildSteps.Single(step => step.Children.ContainsKey("run") && step["run"].ToString().Contains("build", StringComparison.Ordinal));
        Assert.Contains("steps.pages.outputs.base_url", ((YamlMappingNode)build["env"])["ROADMAP_SITE_BASE_URL"].ToString());
        Assert.Contains(buildSteps, step => Uses(step)?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Equal("github-pages", ((YamlMappingNode)deploy["environment"])["name"].ToString());
        Assert.Contains(((YamlSequenceNode)deploy["steps"]).Cast<YamlMappingNode>(), step => Uses(step)?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Roots))]
    public void Given_netlify_toml_then_it_installs_dotnet_10_builds_into_the_publish_folder_and_sends_security_headers(string root)
    {
        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(root, "netlify.toml")))!;

        var build = (TomlTable)config["build"];
        var command = (string)build["command"];
        Assert.Contains("dotnet-install.sh", command);
        Assert.Contains("--channel 10.0", command);
        Assert.Contains("--base-url", command);
        Assert.Equal("_site", build["publish"]);
        var headers = ((TomlTableArray)config["headers"]).ToList();
        var all = (TomlTable)headers.Single(h => (string)h["for"] == "/*")["values"];
        Assert.StartsWith("default-src 'self'", (string)all["Content-Security-Policy"]);
        Assert.Contains("frame-ancestors 'none'", (string)all["Content-Security-Policy"]);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.True(all.ContainsKey("Referrer-Policy"));
        Assert.True(all.ContainsKey("Permissions-Policy"));
        var assets = (TomlTable)headers.Single(h => (string)h["for"] == "/assets/*")["values"];
        Assert.Contains("immutable", (string)assets["Cache-Control"]);
        Assert.Contains(((TomlTableArray)config["redirects"]).ToList(), r => (string)r["to"] == "/404.html" && Convert.ToInt32(r["status"], System.Globalization.CultureInfo.InvariantCulture) == 404);
    }

    [Fact]
    public void Given_the_release_workflow_then_each_native_binary_is_built_on_its_own_os_and_released_with_checksums_and_tool_packages()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml"))));
        var workflow = (YamlMappingNode)yaml.Documents[0].RootNode;
        var jobs = (YamlMappingNode)workflow["jobs"];
        static IEnumerable<string> Runs(YamlMappingNode job) =>
            ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().Where(step => step.Children.ContainsKey("run")).Select(step => step["run"].ToString());

        Assert.Contains("v*", ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)workflow["on"])["push"])["tags"]).Select(tag => tag.ToString()));
        var native = (YamlMappingNode)jobs["native"];
        var platforms = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)native["strategy"])["matrix"])["include"]).Cast<YamlMappingNode>()
            .ToDictionary(entry => entry["rid"].ToString(), entry => entry["runner"].ToString());
        // Native AOT does not cross-compile between operating systems: each binary comes from a runner of its own OS and CPU.
        Assert.Equal(["linux-arm64", "linux-x64", "osx-arm64", "osx-x64", "win-x64"], platforms.Keys.Order(StringComparer.Ordinal));
        Assert.All(platforms.Where(p => p.Key.StartsWith("linux", StringComparison.Ordinal)), p => Assert.StartsWith("ubuntu", p.Value));
        Assert.All(platforms.Where(p => p.Key.StartsWith("osx", StringComparison.Ordinal)), p => Assert.StartsWith("macos", p.Value));
        Assert.StartsWith("windows", platforms["win-x64"]);
        Assert.Contains("ubuntu-24.04-arm", platforms["linux-arm64"]);
        Assert.Contains(Runs(native), run => run.Contains("dotnet publish src/RoadmapSite.Cli", StringComparison.Ordinal) && run.Contains("-r ${{ matrix.rid }}", StringComparison.Ordinal));
        Assert.Contains(Runs(native), run => run.Contains("dotnet pack src/RoadmapSite.Cli", StringComparison.Ordinal) && run.Contains("-r ${{ matrix.rid }}", StringComparison.Ordinal));
        Assert.Contains(Runs((YamlMappingNode)jobs["tool-packages"]), run => run.Contains("-r any -p:PublishAot=false", StringComparison.Ordinal));
        var release = (YamlMappingNode)jobs["release"];
        Assert.Equal("write", ((YamlMappingNode)release["permissions"])["contents"].ToString());
        Assert.Contains(Runs(release), run => run.Contains("sha256sum", StringComparison.Ordinal) && run.Contains("SHA256SUMS", StringComparison.Ordinal));
        Assert.Contains(Runs(release), run => run.StartsWith("gh release create", StringComparison.Ordinal) && run.Contains("dist/*", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_tool_packages_then_every_platform_the_pointer_package_names_is_built_by_the_release_and_any_other_gets_the_fallback()
    {
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "RoadmapSite.Cli", "RoadmapSite.Cli.csproj"));
        var named = project.Descendants("ToolPackageRuntimeIdentifiers").Single().Value.Split(';');
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml"))));
        var matrix = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["native"])["strategy"];
        var built = ((YamlSequenceNode)((YamlMappingNode)matrix["matrix"])["include"]).Cast<YamlMappingNode>().Select(entry => entry["rid"].ToString());

        // `dotnet tool install` fails on a platform whose package the pointer names but no release job packs.
        Assert.Equal("true", project.Descendants("PublishAot").Single().Value);
        Assert.Equal(built.Append("any").Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_a_built_page_then_its_meta_content_security_policy_matches_the_one_netlify_sends()
    {
        using var temp = new TempFolder();
        await SiteBuildRunner.BuildAsync(RepositoryPaths.DefaultContent, temp.Path);
        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml")))!;
        var header = (string)((TomlTable)((TomlTableArray)config["headers"]).First()["values"])["Content-Security-Policy"];

        var meta = SiteBuildRunner.Page(temp.Path, "index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;

        // frame-ancestors is ignored in a <meta> policy, so the header alone carries it.
        Assert.Equal(header.Replace("; frame-ancestors 'none'", "", StringComparison.Ordinal), meta);
    }
}
