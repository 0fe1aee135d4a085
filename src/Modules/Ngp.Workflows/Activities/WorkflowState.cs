using System.Text.Json.Nodes;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>The instance's memory between runs, stored as JSON in <see cref="WorkflowInstance.State"/>.</summary>
public sealed class WorkflowState
{
    public Dictionary<string, JsonNode?> Properties { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Name of the event that started the instance or last resumed it.</summary>
    public string? EventType { get; set; }

    /// <summary>Payload of that event (the <c>Event</c> of Liquid).</summary>
    public JsonNode? Input { get; set; }

    public Dictionary<string, JsonNode?> Outputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Activities to run next, with the activity they come from (joins count arrivals by it).</summary>
    public List<QueuedActivity> Queue { get; set; } = [];

    /// <summary>Per join, the activities already arrived.</summary>
    public Dictionary<string, List<string>> Joins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Runs of each activity so far (idempotency keys of notices stay the same when a run is retried).</summary>
    public Dictionary<string, int> Executions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Log lines written by the Log activity.</summary>
    public List<string> Log { get; set; } = [];
}
