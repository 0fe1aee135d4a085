namespace Ngp.Workflows.Api;

public sealed record WorkflowTypeDto(string Id, string Name, bool Enabled, bool Singleton, int Version, string StartEvent, int Activities, DateTimeOffset ModifiedUtc);
