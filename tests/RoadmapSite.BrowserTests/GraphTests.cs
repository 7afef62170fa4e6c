using Microsoft.Playwright;
using RoadmapSite.BrowserTests.Support;

namespace RoadmapSite.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class GraphTests(SiteFixture site)
{
    // The first item node whose box lies inside the graph's visible viewport: only that one can take a real click.
    private const string FirstVisibleItemNode = """
        () => {
          const viewport = document.querySelector('.graph__viewport').getBoundingClientRect();
          const node = [...document.querySelectorAll('svg.roadmap-graph a.graph-node[data-item-id]:not(.graph-node--group)')].find((n) => {
            const r = n.getBoundingClientRect();
            return r.width > 0 && r.left >= viewport.left && r.right <= viewport.right && r.top >= viewport.top && r.bottom <= viewport.bottom;
          });
          return node ? node.dataset.itemId : null;
        }
        """;

    // The smallest label on screen, in CSS pixels: each label's font size times the scale the SVG is drawn at.
    private const string SmallestLabel = """
        () => {
          const svg = document.querySelector('svg.roadmap-graph');
          const scale = svg.getScreenCTM().a;
          // Every text of the map but the stars, which only repeat the importance the node's name states.
          const texts = [...svg.querySelectorAll('.graph-node > text:first-of-type, .graph-node__rollup')];
          if (texts.length === 0) return 0;
          return Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
        }
        """;

    [Fact]
    public async Task The_mouse_wheel_over_the_index_map_scrolls_the_page_and_leaves_the_zoom_alone()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var viewport = page.Locator(".graph__viewport").First;
        await viewport.ScrollIntoViewIfNeededAsync();
        var svg = page.Locator("svg.roadmap-graph").First;
        var before = await svg.ViewBoxAsync();
        var box = (await viewport.BoundingBoxAsync())!;
        var scrolledBefore = await page.EvaluateAsync<double>("() => window.scrollY");

        await page.Mouse.MoveAsync(box.X + (box.Width / 2), Math.Min(box.Y + 100, 700));
        await page.Mouse.WheelAsync(0, 500);
        await page.WaitForFunctionAsync($"() => window.scrollY > {scrolledBefore.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Equal(before, await svg.ViewBoxAsync());
    }

    [Fact]
    public async Task Ctrl_and_the_wheel_over_the_map_zoom_it()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var svg = page.Locator("svg.roadmap-graph").First;
        await svg.ScrollIntoViewIfNeededAsync();
        var before = await svg.ViewBoxAsync();
        var box = (await svg.BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(box.X + (box.Width / 2), Math.Max(box.Y, 0) + 50);
        await page.Keyboard.DownAsync("Control");
        await page.Mouse.WheelAsync(0, -200);
        await page.Keyboard.UpAsync("Control");

        // The zoom code loads on first use: give it a moment.
        await WaitForZoomAsync(svg, before[2]);
        var after = await svg.ViewBoxAsync();
        Assert.True(after[2] < before[2], $"viewBox width {before[2]} → {after[2]}: Ctrl + wheel did not zoom in");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_index_map_is_drawn_whole_with_no_label_under_12_px(int width, int height)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);

        var smallest = await page.EvaluateAsync<double>(SmallestLabel);
        Assert.True(smallest >= 12 - 0.01, $"the smallest label is {smallest:0.0} px at {width} px");

        // The map grows with the page: no node is cut off at the top or the bottom of its box.
        var clipped = await page.EvaluateAsync<string[]>("""
            () => {
              const viewport = document.querySelector('.graph__viewport').getBoundingClientRect();
              return [...document.querySelectorAll('svg.roadmap-graph .graph-node')]
                .filter((n) => { const r = n.getBoundingClientRect(); return r.top < viewport.top - 1 || r.bottom > viewport.bottom + 1; })
                .map((n) => n.getAttribute('aria-label') ?? '');
            }
            """);
        Assert.Empty(clipped);

        // Nothing is cut off at the sides and the page never scrolls sideways (on a phone, the map is one column).
        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('svg.roadmap-graph .graph-node')]
              .filter((n) => { const r = n.getBoundingClientRect(); return r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5; })
              .map((n) => n.getAttribute('aria-label') ?? n.textContent)
            """);
        Assert.Empty(outside);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page scrolls sideways");
    }

    [Fact]
    public async Task Every_trackable_topic_subtopics_included_has_a_named_node_on_the_index_map()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);

        var names = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries([...document.querySelectorAll('svg.roadmap-graph a.graph-node[data-item-id]')].map((n) => [n.dataset.itemId, n.getAttribute('aria-label')]))");
        foreach (var item in RoadmapData.Trackable(site.OutputDirectory))
        {
            Assert.True(names.TryGetValue(item.Id, out var name), $"no node for {item.Id}");
            Assert.StartsWith(item.Title, name, StringComparison.Ordinal);
            var difficulty = item.Difficulty ?? "difficulty not marked";
            Assert.Contains(" — " + difficulty, name, StringComparison.Ordinal);
            if (item.Importance is > 0)
            {
                Assert.Contains($"importance {item.Importance} of 3", name, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Clicking_a_topic_node_opens_its_panel_in_place_and_Escape_returns_the_focus_to_the_node()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page);
        await page.OpenAsync(site.HomeUrl);
        var item = await FirstVisibleTrackableAsync(page);
        var node = page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{item.Id}']");

        await node.ClickAsync();

        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = item.Title });
        await Assertions.Expect(panel).ToBeVisibleAsync();
        Assert.Equal(site.HomeUrl, page.Url.Split('#')[0]);
        Assert.Equal("#topic=" + item.Id, new Uri(page.Url).Fragment);
        foreach (var state in new[] { "Not started", "In progress", "Done", "Skipped" })
        {
            await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = state, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Open in the checklist" }))
            .ToHaveAttributeAsync("href", $"{SiteFixture.BasePath}sections/{item.Section}/#{item.Id}");
        // The side panel leaves the map usable beside it.
        Assert.False(await panel.EvaluateAsync<bool>("d => d.matches(':modal')"));

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(panel).ToBeHiddenAsync();
        Assert.True(await node.EvaluateAsync<bool>("n => n === document.activeElement"), "the focus did not return to the node");
        Assert.Equal("", new Uri(page.Url).Fragment);
        watcher.AssertClean("opening and closing a topic's panel");
    }

    [Fact]
    public async Task The_panels_state_buttons_and_Enter_and_Space_on_a_node_work_with_the_keyboard()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var item = await FirstVisibleTrackableAsync(page);
        var node = page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{item.Id}']");
        var panel = page.Locator("dialog.topic-panel");

        await node.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true }).ClickAsync();

        await Assertions.Expect(node).ToHaveAttributeAsync("data-state", "done");
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();

        await node.FocusAsync();
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        Assert.Equal("#topic=" + item.Id, new Uri(page.Url).Fragment);
    }

    [Fact]
    public async Task A_note_written_from_the_panel_shows_in_it_and_the_focus_comes_back_to_the_panel()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var item = await FirstVisibleTrackableAsync(page);
        await page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{item.Id}']").ClickAsync();
        var panel = page.Locator("dialog.topic-panel");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Add a note" }).ClickAsync();
        await page.Locator("[data-note-dialog] textarea").FillAsync("Read chapter 3 first");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();

        await Assertions.Expect(panel.GetByText("Read chapter 3 first")).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Edit note" })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_topic_address_opens_its_panel_and_on_a_phone_the_panel_is_a_modal_dialog()
    {
        var items = RoadmapData.Trackable(site.OutputDirectory);
        var item = items[items.Count / 2];
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.OpenAsync(site.HomeUrl + "#topic=" + Uri.EscapeDataString(item.Id));

        var panel = page.GetByRole(AriaRole.Dialog, new() { Name = item.Title });
        await Assertions.Expect(panel).ToBeVisibleAsync();
        Assert.True(await panel.EvaluateAsync<bool>("d => d.matches(':modal')"), "on a phone the panel should be modal");
        var box = (await panel.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390.5, $"the panel spans {box.X}..{box.X + box.Width} of 390 px");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        Assert.Equal("", new Uri(page.Url).Fragment);
    }

    [Fact]
    public async Task The_panels_checklist_link_opens_the_section_page_at_that_topic()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var watcher = new PageWatcher(page);
        await page.OpenAsync(site.HomeUrl);
        var item = await FirstVisibleTrackableAsync(page);
        await page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{item.Id}']").ClickAsync();

        await page.Locator("dialog.topic-panel").GetByRole(AriaRole.Link, new() { Name = "Open in the checklist" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/roadmap/sections/", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("#" + item.Id, new Uri(page.Url).Fragment);
        await Assertions.Expect(page.Locator($"li[data-item-id='{item.Id}']:target")).ToBeVisibleAsync();
        watcher.AssertClean("following the panel's checklist link");
    }

    private async Task<TrackableItem> FirstVisibleTrackableAsync(IPage page)
    {
        var itemId = await page.EvaluateAsync<string?>(FirstVisibleItemNode);
        Assert.NotNull(itemId);
        return RoadmapData.Trackable(site.OutputDirectory).Single(i => i.Id == itemId);
    }

    [Fact]
    public async Task A_graph_node_is_reachable_with_Tab_and_has_an_accessible_name()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);

        var reached = false;
        for (var presses = 0; presses < 80 && !reached; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('svg.roadmap-graph a.graph-node') ?? false");
        }

        Assert.True(reached, "no graph node took the focus within 80 presses of Tab");
        // The accessibility tree's own view: a link role with a non-empty name.
        var snapshot = await page.Locator(":focus").AriaSnapshotAsync();
        Assert.Matches("^- link \"[^\"]*\\w[^\"]*\"", snapshot);
    }

    [Fact]
    public async Task The_map_is_one_tab_stop_so_the_first_section_card_is_a_few_Tabs_from_the_top()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);

        var presses = 0;
        var nodesReached = 0;
        while (presses < 60 && !await page.EvaluateAsync<bool>("() => document.activeElement?.closest('.section-cards') != null"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            if (await page.EvaluateAsync<bool>("() => document.activeElement?.matches('svg.roadmap-graph a.graph-node') ?? false"))
            {
                nodesReached++;
            }
        }

        Assert.Equal(1, nodesReached);
        Assert.True(presses <= 30, $"{presses} presses of Tab to reach the first section card");
    }

    [Fact]
    public async Task Arrow_keys_move_the_focus_between_map_nodes_and_Home_and_End_to_the_ends()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var nodes = page.Locator("svg.roadmap-graph a.graph-node");
        await nodes.First.FocusAsync();

        // The first keys wait for the walk's code, which the focus started loading.
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(nodes.Nth(2)).ToBeFocusedAsync();
        Assert.Equal(2, await page.EvaluateAsync<int>(FocusedNodeIndex));
        Assert.Equal("0", await nodes.Nth(2).GetAttributeAsync("tabindex"));
        Assert.Equal("-1", await nodes.First.GetAttributeAsync("tabindex"));

        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(1, await page.EvaluateAsync<int>(FocusedNodeIndex));
        await page.Keyboard.PressAsync("End");
        Assert.Equal(await nodes.CountAsync() - 1, await page.EvaluateAsync<int>(FocusedNodeIndex));
        await page.Keyboard.PressAsync("Home");
        Assert.Equal(0, await page.EvaluateAsync<int>(FocusedNodeIndex));
    }

    [Fact]
    public async Task A_key_pressed_as_the_map_first_takes_the_focus_waits_for_the_keys_code_and_then_moves_the_focus_without_scrolling_the_page()
    {
        // The keys' walk loads when the map first takes the focus (graph-walk.js, kept out of the index's JavaScript
        // budget). Held back here, so the first ArrowDown arrives before it: the page must not scroll instead, and the
        // press must still move the focus once the code is in. No service worker: the offline cache would answer the
        // module's request before the route could hold it back.
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
        var page = await context.NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/js/graph-walk.*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.OpenAsync(site.HomeUrl);
        var nodes = page.Locator("svg.roadmap-graph a.graph-node");
        await nodes.First.FocusAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Equal(0, await page.EvaluateAsync<int>(FocusedNodeIndex));

        release.SetResult();
        await page.WaitForFunctionAsync($"() => ({FocusedNodeIndex})() === 2");
        Assert.Equal("0", await nodes.Nth(2).GetAttributeAsync("tabindex"));
        Assert.Equal("-1", await nodes.First.GetAttributeAsync("tabindex"));
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
    }

    private const string FocusedNodeIndex = "() => [...document.querySelectorAll('svg.roadmap-graph a.graph-node')].indexOf(document.activeElement)";

    [Fact]
    public async Task Right_goes_into_a_topics_subtopics_and_Left_back_to_the_topic_and_up_to_its_section()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var parent = RoadmapData.Trackable(site.OutputDirectory).First(item => item.HasChildren);
        await page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}']").FocusAsync();
        const string Focused = "() => document.activeElement.dataset.itemId || document.activeElement.dataset.sectionId";

        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("svg.roadmap-graph a.graph-node:focus")).Not.ToHaveAttributeAsync("data-item-id", parent.Id);
        var child = await page.EvaluateAsync<string>(Focused);
        Assert.NotEqual(parent.Id, child);
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('graph-node--sub')"), $"Right went to {child}, not a subtopic");

        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(parent.Id, await page.EvaluateAsync<string>(Focused));
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(parent.Section, await page.EvaluateAsync<string>(Focused));
        Assert.Equal("0", await page.Locator($"svg.roadmap-graph a.graph-node[data-section-id='{parent.Section}']").GetAttributeAsync("tabindex"));
    }

    [Fact]
    public async Task A_long_group_of_subtopics_folds_behind_a_more_button_that_opens_in_place_with_the_keyboard()
    {
        var subtopics = string.Concat(Enumerable.Range(1, 12).Select(i => $"  - [ ] Subtopic {i} {{#sub-{i}}}\n"));
        var url = await site.BuildSiteAsync("long-group", site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = $"# Long\n\n## Basics\n\n- [ ] Parent {{#parent}}\n{subtopics}- [ ] After {{#after}}\n",
            ["site.yml"] = "site_id: long-group\n",
        }));
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(url);
        var node = (string id) => page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{id}']");
        var fold = page.Locator("svg.roadmap-graph .graph-node--fold");

        // The first five show, then a button names how many more there are; the other seven are not drawn yet.
        await Assertions.Expect(node("sub-5")).ToBeVisibleAsync();
        await Assertions.Expect(fold).ToHaveAttributeAsync("role", "button");
        await Assertions.Expect(fold).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(fold).ToHaveAccessibleNameAsync("+7 more");
        await Assertions.Expect(fold.Locator("text")).ToHaveTextAsync("+7 more");
        await Assertions.Expect(node("sub-6")).ToBeHiddenAsync();
        await Assertions.Expect(node("sub-12")).ToBeHiddenAsync();

        // Arrow keys pass from the fifth subtopic to the button, and on past it to the next topic while it is closed.
        await node("sub-5").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(fold).ToBeFocusedAsync();
        Assert.Equal("0", await fold.GetAttributeAsync("tabindex"));
        var before = await node("after").BoundingBoxAsync();

        // Enter opens it in place: the rest appear where the button was and below it, the focus on the first of them.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(node("sub-6")).ToBeFocusedAsync();
        await Assertions.Expect(node("sub-12")).ToBeVisibleAsync();
        await Assertions.Expect(fold).ToBeHiddenAsync();
        Assert.Equal("true", await fold.GetAttributeAsync("aria-expanded"));
        var after = await node("after").BoundingBoxAsync();
        Assert.Equal(before!.Y, after!.Y, 0.5);
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 1; i <= 12; i++)
        {
            boxes.Add((await node($"sub-{i}").BoundingBoxAsync())!);
        }

        Assert.All(boxes.Zip(boxes.Skip(1)), pair => Assert.True(pair.Second.Y >= pair.First.Y + pair.First.Height, "opened subtopics do not overlap"));
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(node("sub-7")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_topic_behind_a_closed_fold_opened_by_its_address_or_by_Next_match_is_shown_where_it_sits_and_takes_the_focus_back()
    {
        var subtopics = string.Concat(Enumerable.Range(1, 12).Select(i => $"  - [ ] {(i == 9 ? "🔴 " : "")}Subtopic {i} {{#sub-{i}}}\n"));
        var url = await site.BuildSiteAsync("folded-jump", site.NewContentFolder(new Dictionary<string, string>
        {
            ["roadmap.md"] = $"# Folded\n\n## Basics\n\n- [ ] Parent {{#parent}}\n{subtopics}- [ ] After {{#after}}\n",
            ["site.yml"] = "site_id: folded-jump\n",
        }));
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var node = (string id) => page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{id}']");
        var fold = page.Locator("svg.roadmap-graph .graph-node--fold");

        // A link to a folded subtopic: the panel opens, and the map opens the fold so the topic shows where it sits.
        await page.OpenAsync(url + "#topic=sub-10");
        await Assertions.Expect(page.Locator("dialog.topic-panel .topic-panel__title")).ToHaveTextAsync("Subtopic 10");
        await Assertions.Expect(node("sub-10")).ToBeVisibleAsync();
        Assert.Equal("true", await fold.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(node("sub-10")).ToBeFocusedAsync();

        // "Next match" to a match behind a closed fold opens it and moves the focus there.
        await page.OpenAsync(url);
        await Assertions.Expect(node("sub-9")).ToBeHiddenAsync();
        await page.Locator("select[data-filter='difficulty']").First.SelectOptionAsync("hard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next match" }).ClickAsync();
        await Assertions.Expect(node("sub-9")).ToBeFocusedAsync();
        await Assertions.Expect(node("sub-9")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Ticking_a_topics_subtopics_rolls_up_on_its_node_and_the_section_node_shows_a_meter()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var items = RoadmapData.Trackable(site.OutputDirectory);
        var parent = items.First(item => item.HasChildren);
        var children = await ChildrenAsync(parent.Id);
        await page.OpenReadyAsync(site.Url($"sections/{parent.Section}/"));
        var node = page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}']");
        await Assertions.Expect(page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}'] + .graph-node__rollup")).ToHaveTextAsync($"0 of {children.Count}");

        foreach (var child in children)
        {
            await page.Check(child).CheckAsync();
        }

        await Assertions.Expect(page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}'] + .graph-node__rollup")).ToHaveTextAsync($"{children.Count} of {children.Count}");
        await page.OpenReadyAsync(site.HomeUrl);
        var onIndex = page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}']");
        await Assertions.Expect(page.Locator($"svg.roadmap-graph a.graph-node[data-item-id='{parent.Id}'] + .graph-node__rollup")).ToHaveTextAsync($"{children.Count} of {children.Count}");
        Assert.StartsWith($"{parent.Title}, {children.Count} of {children.Count} subtopics done — ", await onIndex.GetAttributeAsync("aria-label"));

        var section = page.Locator($"svg.roadmap-graph a.graph-node[data-section-id='{parent.Section}']");
        var total = items.Count(item => item.Section == parent.Section);
        Assert.EndsWith($", {children.Count} of {total} done", await section.GetAttributeAsync("aria-label"));
        var (meter, track) = (await section.Locator(".graph-node__meter").GetAttributeAsync("width"), await section.Locator(".graph-node__track").GetAttributeAsync("width"));
        var fraction = double.Parse(meter!, System.Globalization.CultureInfo.InvariantCulture) / double.Parse(track!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((double)children.Count / total, fraction, 3);
    }

    [Fact]
    public async Task A_filter_highlights_its_matches_on_the_map_and_Next_match_moves_from_one_to_the_next()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.OpenReadyAsync(site.HomeUrl);
        var hard = RoadmapData.Trackable(site.OutputDirectory).Where(item => item.Difficulty == "hard").Select(item => item.Id).ToHashSet();
        Assert.True(hard.Count >= 2, "the default roadmap has hard topics");
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next match" });
        await Assertions.Expect(next).ToBeHiddenAsync();

        await page.Locator("select[data-filter='difficulty']").First.SelectOptionAsync("hard");

        await Assertions.Expect(page.Locator("svg.roadmap-graph a.graph-node.is-filter-match")).ToHaveCountAsync(hard.Count);
        await next.ClickAsync();
        var first = await page.EvaluateAsync<string>("() => document.activeElement.dataset.itemId");
        Assert.Contains(first, hard);
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"), "the match is not scrolled into view");
        await next.ClickAsync();
        var second = await page.EvaluateAsync<string>("() => document.activeElement.dataset.itemId");
        Assert.Contains(second, hard);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_skip_link_jumps_past_the_map()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip the map" });
        await skip.FocusAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        Assert.False(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.graph')"), "the focus is still in the map");
    }

    /// <summary>Waits up to 3 s for the viewBox to narrow (the zoom code loads on first use).</summary>
    private static Task WaitForZoomAsync(ILocator svg, double widthBefore) =>
        svg.EvaluateAsync(
            "(svg, before) => new Promise((resolve) => { const start = performance.now(); const check = () => (parseFloat(svg.getAttribute('viewBox').split(' ')[2]) < before || performance.now() - start > 3000 ? resolve() : requestAnimationFrame(check)); check(); })",
            widthBefore);

    /// <summary>The trackable subtopics directly under a topic, from roadmap.json.</summary>
    private async Task<IReadOnlyList<string>> ChildrenAsync(string id)
    {
        using var document = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(site.OutputDirectory, "roadmap.json")));
        System.Text.Json.JsonElement? Find(System.Text.Json.JsonElement list)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.GetProperty("id").GetString() == id)
                {
                    return item;
                }

                if (Find(item.GetProperty("children")) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        var parent = document.RootElement.GetProperty("sections").EnumerateArray().Select(section => Find(section.GetProperty("items"))).First(found => found is not null)!.Value;
        return [.. parent.GetProperty("children").EnumerateArray().Where(child => child.GetProperty("trackable").GetBoolean()).Select(child => child.GetProperty("id").GetString()!)];
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_focus_ring_of_every_kind_of_map_node_has_at_least_3_to_1_contrast_with_the_map(string scheme)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        await page.Locator("svg.roadmap-graph a.graph-node").First.FocusAsync();

        var kinds = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('svg.roadmap-graph a.graph-node')].map((n) => n.getAttribute('class')))]");
        foreach (var kind in kinds)
        {
            var selector = "svg.roadmap-graph a[class='" + kind + "']";
            await page.EvalOnSelectorAsync(selector, "n => n.focus()");
            var ring = await page.EvalOnSelectorAsync<double[]>(selector, """
                (node) => {
                  const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
                  const luminance = (c) => {
                    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
                  };
                  const style = getComputedStyle(node);
                  const background = getComputedStyle(document.querySelector('.graph__viewport')).backgroundColor;
                  const [a, b] = [luminance(style.outlineColor), luminance(background)].sort((x, y) => y - x);
                  return [style.outlineStyle === 'solid' ? 1 : 0, parseFloat(style.outlineWidth), parseFloat(style.outlineOffset), (a + 0.05) / (b + 0.05)];
                }
                """);
            Assert.True(ring[0] == 1 && ring[1] >= 2 && ring[2] > 0, $"{kind} ({scheme}): no solid ring outside the box when focused");
            Assert.True(ring[3] >= 3, $"{kind} ({scheme}): ring contrast {ring[3]:0.00}:1");
        }
    }

    [Fact]
    public async Task A_key_beside_the_map_explains_each_progress_style()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);

        var key = page.Locator(".graph__key").First;
        await Assertions.Expect(key).ToBeVisibleAsync();
        foreach (var state in new[] { "Not started", "Done", "In progress", "Skipped" })
        {
            await Assertions.Expect(key.GetByText(state)).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task The_zoom_in_button_narrows_the_graphs_viewBox()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.SectionUrl);
        var svg = page.Locator("svg.roadmap-graph").First;
        var before = await svg.ViewBoxAsync();

        await page.Locator("[data-graph-action='zoom-in']").First.ClickAsync();

        // The zoom code loads on first use: give it a moment.
        await WaitForZoomAsync(svg, before[2]);
        var after = await svg.ViewBoxAsync();
        Assert.Equal(4, before.Length);
        Assert.True(after[2] < before[2], $"viewBox width {before[2]} → {after[2]}: not zoomed in");
    }

    [Fact]
    public async Task The_plus_key_on_a_focused_graph_node_zooms_in()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.OpenAsync(site.HomeUrl);
        var svg = page.Locator("svg.roadmap-graph").First;
        var before = await svg.ViewBoxAsync();

        await page.Locator("svg.roadmap-graph a.graph-node").First.FocusAsync();
        await page.Keyboard.TypeAsync("+");

        // The zoom code loads on first use: give it a moment.
        await WaitForZoomAsync(svg, before[2]);
        var after = await svg.ViewBoxAsync();
        Assert.True(after[2] < before[2], $"viewBox width {before[2]} → {after[2]}: + did not zoom in");
    }
}
