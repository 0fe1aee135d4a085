namespace Ngp.Workflows.Model;

/// <summary>One executed activity of an instance, for the administrator (and the e-mail guard).</summary>
public sealed class WorkflowJournalEntry
{
    public long Id { get; set; }

    public required string InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityType { get; set; }

    public required string Outcome { get; set; }

    public DateTimeOffset Utc { get; set; }
}
