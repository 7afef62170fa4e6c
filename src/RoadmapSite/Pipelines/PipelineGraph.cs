using System.Collections.Immutable;

namespace RoadmapSite.Pipelines;

/// <summary>The validated pipeline declarations: unique names, known dependencies, no cycles.</summary>
internal sealed class PipelineGraph
{
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _transitiveDependencies;

    private PipelineGraph(ImmutableArray<Pipeline> pipelines, ImmutableArray<Pipeline> inDependencyOrder)
    {
        Pipelines = pipelines;
        InDependencyOrder = inDependencyOrder;
        var transitive = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var pipeline in inDependencyOrder)
        {
            transitive[pipeline.Name] = [.. pipeline.Dependencies
                .SelectMany(dependency => transitive[dependency].Add(dependency))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
        }

        _transitiveDependencies = transitive.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>In declaration order.</summary>
    public ImmutableArray<Pipeline> Pipelines { get; }

    /// <summary>Every pipeline after all its dependencies; otherwise in declaration order.</summary>
    public ImmutableArray<Pipeline> InDependencyOrder { get; }

    public bool Contains(string name) => _transitiveDependencies.ContainsKey(name);

    public ImmutableArray<string> TransitiveDependenciesOf(string name) => _transitiveDependencies[name];

    /// <summary>The graph, or null and the reasons the declarations are invalid.</summary>
    public static PipelineGraph? Build(IEnumerable<Pipeline> declared, out ImmutableArray<string> errors)
    {
        var pipelines = declared.ToImmutableArray();
        var problems = new List<string>();
        if (pipelines.Any(pipeline => pipeline is null))
        {
            problems.Add("The list of pipelines contains null.");
            pipelines = [.. pipelines.Where(pipeline => pipeline is not null)];
        }

        foreach (var duplicate in pipelines.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Pipeline '{duplicate.Key}' is declared {duplicate.Count()} times; pipeline names must be unique.");
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var phase in Enum.GetValues<Phase>())
            {
                var modules = pipeline.ModulesOf(phase);
                for (var index = 0; index < modules.Count; index++)
                {
                    if (modules[index] is null)
                    {
                        problems.Add($"Pipeline '{pipeline.Name}' has no module at position {index + 1} of its {phase} phase (null).");
                    }
                }
            }
        }

        var byName = pipelines.DistinctBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var declaredNames = string.Join(", ", byName.Keys.Order(StringComparer.Ordinal));
        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            {
                problems.Add($"Pipeline '{pipeline.Name}' depends on '{dependency}', which is not declared (declared: {declaredNames}).");
            }
        }

        if (problems.Count > 0)
        {
            errors = [.. problems];
            return null;
        }

        var order = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: being visited, true: done
        var path = new Stack<string>();

        void Visit(Pipeline pipeline)
        {
            if (state.TryGetValue(pipeline.Name, out var done))
            {
                if (!done)
                {
                    var cycle = path.Reverse().SkipWhile(name => name != pipeline.Name).Append(pipeline.Name);
                    problems.Add($"Pipelines depend on each other in a cycle: {string.Join(" -> ", cycle)}.");
                }

                return;
            }

            state[pipeline.Name] = false;
            path.Push(pipeline.Name);
            foreach (var dependency in pipeline.Dependencies.Distinct(StringComparer.Ordinal))
            {
                Visit(byName[dependency]);
            }

            path.Pop();
            state[pipeline.Name] = true;
            order.Add(pipeline);
        }

        foreach (var pipeline in pipelines)
        {
            Visit(pipeline);
        }

        errors = [.. problems];
        return problems.Count > 0 ? null : new PipelineGraph(pipelines, [.. order]);
    }
}
