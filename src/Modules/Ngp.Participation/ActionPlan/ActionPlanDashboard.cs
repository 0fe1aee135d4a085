using Ngp.Contents.Parts;
using Ngp.Core.Tenancy;
using Ngp.Participation.Parts;

namespace Ngp.Participation.ActionPlan;

public sealed record ActionView(PlanActionInfo Action, IReadOnlyList<LinkedProject> Projects);

/// <summary>An ambition with its actions; its progress is the plain average of its actions' progress.</summary>
public sealed record AmbitionView(int Number, string Title, IReadOnlyList<ActionView> Actions)
{
    public double Progress => Actions.Count == 0 ? 0 : Math.Round(Actions.Average(a => a.Action.Progress), 1);

    public int Priorities => Actions.Count(a => a.Action.Priority);

    public int Count(string status) => Actions.Count(a => a.Action.Status == status);
}

/// <summary>An agency's linked projects: how many per ambition (a project linked to two actions of one ambition counts once), and in which phase.</summary>
public sealed record AgencyView(string Name, string DisplayName, string Url, IReadOnlyList<LinkedProject> Projects, IReadOnlyList<int> ProjectsPerAmbition)
{
    public int Phase(string? key) => Projects.Count(p => p.Phase == key);
}

/// <summary>The plan as the dashboard and the API show it: actions by ambition with their linked projects, and the agencies' figures.</summary>
public sealed record ActionPlanView(bool HeadOffice, bool Available, IReadOnlyList<AmbitionView> Ambitions, IReadOnlyList<AgencyView> Agencies)
{
    public int Actions => Ambitions.Sum(a => a.Actions.Count);
}

public sealed class ActionPlanDashboard(ActionPlanReader reader, ITenantContext tenant)
{
    public async Task<ActionPlanView> ReadAsync(CancellationToken ct)
    {
        var plan = await reader.PlanAsync(ct);
        var links = await reader.LinksAsync(ct);
        var actions = plan ?? [];
        var byCode = actions.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var all = links.SelectMany(l => l.Links).ToList();
        var ambitions = Enumerable.Range(1, AmbitionPart.Labels.Count).Select(n => new AmbitionView(n, AmbitionPart.Labels[n - 1],
            actions.Where(a => a.Ambition == n).Select(a => new ActionView(a, all.Where(p => p.Codes.Contains(a.Code, StringComparer.Ordinal)).ToList())).ToList())).ToList();
        var agencies = links.Select(l =>
        {
            // Only links to actions the plan has count: a code the head office has since withdrawn links to nothing.
            var projects = l.Links.Where(p => p.Codes.Any(byCode.ContainsKey)).ToList();
            var perAmbition = Enumerable.Range(1, AmbitionPart.Labels.Count)
                .Select(n => projects.Count(p => p.Codes.Any(c => byCode.TryGetValue(c, out var a) && a.Ambition == n))).ToList();
            return new AgencyView(l.Agency.Name, l.Agency.DisplayName, ActionCodes.TenantUrl(l.Agency, ""), projects, perAmbition);
        }).ToList();
        return new ActionPlanView(tenant.Tenant.IsHeadOffice, plan is not null, ambitions, agencies);
    }

    public static string PhaseLabel(string? key) => key is null ? "Non renseignée" : PhasesPart.Label(key);
}
