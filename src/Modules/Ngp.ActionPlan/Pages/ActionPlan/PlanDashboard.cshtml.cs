using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.ActionPlan;

namespace Ngp.ActionPlan.Pages.ActionPlan;

/// <summary>
/// The public dashboard of the action plan: progress per ambition and the agencies' linked projects, each as an SVG
/// chart with its figures in a table. Not kept in the public page cache: an agency's change would not reach it.
/// </summary>
[AllowAnonymous]
public sealed class PlanDashboardModel(ActionPlanDashboard dashboard) : PageModel
{
    public ActionPlanView Plan { get; private set; } = new(false, false, [], []);

    public async Task OnGetAsync(CancellationToken ct) => Plan = await dashboard.ReadAsync(ct);
}
