namespace RoadmapSite.Pipelines;

/// <summary>The four phases every pipeline runs through, in this order.</summary>
public enum Phase
{
    /// <summary>Reads source material; depends on nothing, so every pipeline's Input runs at once.</summary>
    Input,

    /// <summary>Transforms; waits for its own Input and for the Process phase of each declared dependency.</summary>
    Process,

    /// <summary>Waits for the Process phase of every pipeline, so checks here see the whole site.</summary>
    PostProcess,

    /// <summary>Writes; waits for its own PostProcess.</summary>
    Output,
}
