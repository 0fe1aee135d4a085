using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ngp.ActionPlan;

public static class ActionPlanApi
{
    /// <summary>
    /// <c>GET api/v1/action-plan</c>: the public plan, ambitions and actions with their linked projects (on an agency its
    /// own; on the head office every running agency's, each project with its agency's name and address).
    /// </summary>
    public static void MapActionPlanApi(this IEndpointRouteBuilder tenant) =>
        tenant.MapGroup("api/v1").WithTags("Participation")
            .MapGet("action-plan", async (ActionPlanDashboard dashboard, CancellationToken ct) => Results.Ok(Dto(await dashboard.ReadAsync(ct))))
            .AllowAnonymous().WithSummary("Le plan d'actions : ambitions, actions (code, porteur, priorité, état, avancement) et projets reliés.");

    public static object Dto(ActionPlanView view) => new
    {
        headOffice = view.HeadOffice,
        available = view.Available,
        actionCount = view.Actions,
        ambitions = view.Ambitions.Select(a => new
        {
            number = a.Number,
            title = a.Title,
            progress = a.Progress,
            actionCount = a.Actions.Count,
            priorityCount = a.Priorities,
            statuses = PlanStatuses.All.ToDictionary(s => s.Key, s => a.Count(s.Key)),
            actions = a.Actions.Select(x => new
            {
                code = x.Action.Code,
                title = x.Action.Title,
                owner = x.Action.Owner,
                priority = x.Action.Priority,
                status = x.Action.Status,
                statusLabel = x.Action.StatusLabel,
                progress = x.Action.Progress,
                projects = x.Projects.Select(p => new
                {
                    id = p.Id, title = p.Title, url = p.Url, phase = p.Phase,
                    agency = p.Agency, agencyName = p.AgencyName, agencyUrl = p.AgencyUrl,
                }),
            }),
        }),
        agencies = view.Agencies.Select(g => new
        {
            name = g.Name,
            displayName = g.DisplayName,
            url = g.Url,
            linkedProjects = g.Projects.Count,
            projectsPerAmbition = g.ProjectsPerAmbition.Select((count, i) => new { ambition = i + 1, projects = count }),
            phases = new { before = g.Phase("before"), during = g.Phase("during"), after = g.Phase("after"), none = g.Phase(null) },
        }),
    };
}
