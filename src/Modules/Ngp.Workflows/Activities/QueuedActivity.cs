namespace Ngp.Workflows.Activities;

public sealed record QueuedActivity(string ActivityId, string From);
