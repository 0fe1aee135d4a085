namespace Ngp.Workflows.Engine;

/// <summary>What an instance is halted on: a timer until <see cref="DueUtc"/>, or an event (for one content item).</summary>
public sealed record WorkflowWait(string ActivityId, DateTimeOffset? DueUtc, string? EventType, string? CorrelationId)
{
    /// <summary>One line in French; <paramref name="when"/> writes the timer's instant (UTC for the API, Paris for the admin page).</summary>
    public string Describe(Func<DateTimeOffset, string> when) =>
        DueUtc is { } due
            ? $"{ActivityId} : minuterie jusqu'au {when(due)}"
            : $"{ActivityId} : événement {EventType}" + (CorrelationId is null ? "" : $" pour {CorrelationId}");
}
