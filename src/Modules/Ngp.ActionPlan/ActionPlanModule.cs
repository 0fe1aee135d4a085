using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Modules;

namespace Ngp.ActionPlan;

/// <summary>
/// The head office's action plan (ambitions and their <c>PlanAction</c> items) and the agencies' projects linked to
/// it: the public dashboard <c>/plan-d-actions</c>, <c>api/v1/action-plan</c>, the open dataset, and the check of the
/// codes a project picks.
/// </summary>
public sealed class ActionPlanModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRequiredFields("le plan d'actions", ActionCodes.TypeName, ("Code", "Text"), ("Owner", "Text"), ("Priority", "Boolean"), ("Status", "Choice"), ("Progress", "Number"));
        services.AddRequiredFields("le plan d'actions", "Project", (ActionCodes.ProjectField, "Text"));
        services.AddScoped<ActionPlanReader>();
        services.AddScoped<ActionPlanDashboard>();
        services.AddScoped<IContentCheck, PlanActionsCheck>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.ActionPlanDataset>();
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Navigation, 24, "_ActionPlanNavigation"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapActionPlanApi();
}
