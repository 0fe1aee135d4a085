namespace Ngp.Workflows.Activities;

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
