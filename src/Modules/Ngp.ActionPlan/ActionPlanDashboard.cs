using Ngp.Contents.Parts;
using Ngp.Core.Tenancy;
using Ngp.Projects.Parts;

namespace Ngp.ActionPlan;

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
