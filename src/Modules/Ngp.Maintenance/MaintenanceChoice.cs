namespace Ngp.Maintenance;

/// <summary>A category or a common area of the agency's settings: a stable key (the API's) and the French label people read.</summary>
public sealed record MaintenanceChoice(string Key, string Label);
