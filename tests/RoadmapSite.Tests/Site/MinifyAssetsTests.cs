using RoadmapSite.Tests.Support;

namespace RoadmapSite.Tests.Site;

public sealed class MinifyAssetsTests
{
    /// <summary>
    /// NUglify can replace <c>%CurrentCulture.…%</c> tokens with values it reads by reflection, which a native AOT
    /// build cannot promise; RoadmapSite.Cli.csproj accepts NUglify's trim warnings because that never runs.
    /// </summary>
    [Fact]
    public async Task Given_a_theme_script_with_a_culture_token_when_built_then_it_is_minified_and_the_token_is_published_as_written()
    {
        using var temp = new TempFolder();
        temp.Write("content/roadmap.md", "# Roadmap\n\n## Basics\n\n- [ ] Topic\n");
        temp.Write("content/site.yml", "theme: mine\n");
        temp.Write("themes/mine/assets/js/culture.js", "// a comment the minifier drops\nexport const name = \"%CurrentCulture.Name%\";\nexport const digits = %CurrentCulture.NumberFormat.NativeDigits%;\n");

        var result = await SiteBuildRunner.BuildAsync(temp.Combine("content"), temp.Combine("site"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var script = File.ReadAllText(Directory.EnumerateFiles(temp.Combine("site", "assets", "js"), "culture*.js").Single());
        Assert.DoesNotContain("a comment", script);
        Assert.Contains("\"%CurrentCulture.Name%\"", script);
        Assert.Contains("%CurrentCulture.NumberFormat.NativeDigits%", script);
    }
}
