using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

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
