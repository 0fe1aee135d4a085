using System.Text.Json.Nodes;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

public enum PropertyKind
{
    /// <summary>Plain text, used as written.</summary>
    Text,

    /// <summary>A Liquid template rendered when the activity runs.</summary>
    Liquid,

    /// <summary>A Liquid template over several lines (an e-mail body).</summary>
    LiquidMultiline,

    /// <summary>A Liquid condition (<c>Content.ContentType == "News"</c>).</summary>
    Condition,
}

/// <summary>A property an activity reads, as the editor shows it.</summary>
public sealed record ActivityProperty(string Name, string Label, PropertyKind Kind, bool Required = false, string? Hint = null);

/// <summary>
/// A kind of task. Activities are singletons: what they need per run (the tenant's services, the instance's state)
/// comes through the <see cref="ActivityContext"/>.
/// </summary>
public interface IActivity
{
    string Type { get; }

    /// <summary>French name in the editor.</summary>
    string Label { get; }

    IReadOnlyList<ActivityProperty> Properties { get; }

    /// <summary>The outcomes this activity, so configured, can take.</summary>
    IReadOnlyList<string> Outcomes(ActivityDefinition activity);

    /// <summary>Counted by the guard on e-mails per instance and per hour.</summary>
    bool SendsMessages => false;

    Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct);

    /// <summary>Called when the timer or event the activity halted on has come; the wakeup is null for a timer.</summary>
    Task<ActivityResult> ResumeAsync(ActivityContext context, WorkflowWakeup? wakeup, CancellationToken ct) =>
        Task.FromResult(ActivityResult.Outcome(Activities.Outcomes.Done));
}

public static class Outcomes
{
    public const string Done = "Done";
    public const string Failed = "Failed";
    public const string True = "True";
    public const string False = "False";
}

/// <summary>What an activity decided: outcomes to follow, or a halt until a timer or an event.</summary>
public sealed record ActivityResult
{
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public Halt? Halt { get; init; }

    /// <summary>Why the activity took this outcome (a failed e-mail's reason), kept in the journal.</summary>
    public string? Note { get; init; }

    public static ActivityResult Outcome(params string[] outcomes) => new() { Outcomes = outcomes };

    public static ActivityResult Fail(string note) => new() { Outcomes = [Activities.Outcomes.Failed], Note = note };

    public static ActivityResult HaltUntil(DateTimeOffset due) => new() { Halt = new Halt(due, null, null) };

    public static ActivityResult HaltFor(string eventType, string? correlationId) => new() { Halt = new Halt(null, eventType, correlationId) };
}

public sealed record Halt(DateTimeOffset? Due, string? EventType, string? CorrelationId);

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

public sealed record QueuedActivity(string ActivityId, string From);
