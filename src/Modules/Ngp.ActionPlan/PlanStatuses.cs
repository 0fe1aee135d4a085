namespace Ngp.ActionPlan;

/// <summary>The statuses of an action: the French label an editor picks and the key the API gives.</summary>
public static class PlanStatuses
{
    public const string NotStarted = "notStarted";
    public const string InProgress = "inProgress";
    public const string Done = "done";
    public const string Suspended = "suspended";

    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        (NotStarted, "À lancer"),
        (InProgress, "En cours"),
        (Done, "Réalisée"),
        (Suspended, "Suspendue"),
    ];

    public static string KeyOf(string label) => All.FirstOrDefault(s => s.Label == label).Key ?? NotStarted;

    public static string LabelOf(string key) => All.FirstOrDefault(s => s.Key == key).Label ?? key;
}
