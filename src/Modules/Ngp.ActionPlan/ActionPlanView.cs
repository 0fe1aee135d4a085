namespace Ngp.ActionPlan;

/// <summary>The plan as the dashboard and the API show it: actions by ambition with their linked projects, and the agencies' figures.</summary>
public sealed record ActionPlanView(bool HeadOffice, bool Available, IReadOnlyList<AmbitionView> Ambitions, IReadOnlyList<AgencyView> Agencies)
{
    public int Actions => Ambitions.Sum(a => a.Actions.Count);
}
