using System.Text.Json.Nodes;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>The run of one activity: its definition, the instance, the tenant's services and Liquid.</summary>
public sealed class ActivityContext(
    ActivityDefinition activity,
    WorkflowInstance instance,
    WorkflowState state,
    LiquidScope scope,
    WorkflowLiquid liquid,
    IServiceProvider services,
    TimeProvider clock)
{
    public ActivityDefinition Activity { get; } = activity;

    public WorkflowInstance Instance { get; } = instance;

    public WorkflowState State { get; } = state;

    public LiquidScope Scope { get; } = scope;

    public IServiceProvider Services { get; } = services;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The activity the run came from (joins count arrivals by it); <c>start</c> for the first.</summary>
    public string From { get; init; } = WorkflowDefinition.StartId;

    /// <summary>How many times this activity ran before in the instance: part of notices' idempotency keys.</summary>
    public int Execution { get; init; }

    /// <summary>Incoming transitions of the activity, for joins.</summary>
    public IReadOnlyList<string> IncomingFrom { get; init; } = [];

    /// <summary>Set by content activities, so the public pages are refreshed once the instance's transaction commits.</summary>
    public bool ContentChanged { get; set; }

    public Task<string> RenderAsync(string property) => liquid.RenderAsync(Activity.Property(property), Scope);

    public Task<bool> ConditionAsync(string property) => liquid.EvaluateConditionAsync(Activity.Property(property), Scope);

    public void SetOutput(JsonNode? value) => State.Outputs[Activity.Id] = value;
}
