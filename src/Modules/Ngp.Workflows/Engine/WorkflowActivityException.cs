namespace Ngp.Workflows.Engine;

/// <summary>An activity threw: the run is rolled back and the instance faults with this reason.</summary>
public sealed class WorkflowActivityException(string activityId, string activityType, Exception inner)
    : Exception($"L'activité « {activityId} » ({activityType}) a échoué : {inner.Message}", inner)
{
    public string ActivityId { get; } = activityId;

    public string ActivityType { get; } = activityType;
}
