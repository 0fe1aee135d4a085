namespace Ngp.Workflows.Engine;

public sealed record JournalRow(string ActivityId, string ActivityType, string Outcome, DateTimeOffset Utc);
