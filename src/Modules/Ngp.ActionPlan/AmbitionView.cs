namespace Ngp.ActionPlan;

/// <summary>An ambition with its actions; its progress is the plain average of its actions' progress.</summary>
public sealed record AmbitionView(int Number, string Title, IReadOnlyList<ActionView> Actions)
{
    public double Progress => Actions.Count == 0 ? 0 : Math.Round(Actions.Average(a => a.Action.Progress), 1);

    public int Priorities => Actions.Count(a => a.Action.Priority);

    public int Count(string status) => Actions.Count(a => a.Action.Status == status);
}
