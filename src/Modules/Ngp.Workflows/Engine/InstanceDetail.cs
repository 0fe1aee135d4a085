namespace Ngp.Workflows.Engine;

public sealed record InstanceDetail(InstanceSummary Instance, IReadOnlyList<JournalRow> Journal, IReadOnlyList<WorkflowWait> Waits, string State)
{
    /// <summary>The waits as the API has always told them, the timer in UTC.</summary>
    public IReadOnlyList<string> WaitingFor => Waits.Select(w => w.Describe(due => $"{due.UtcDateTime:yyyy-MM-dd HH:mm} UTC")).ToList();
}
