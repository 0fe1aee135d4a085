using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Recipes;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Api;
using Ngp.Workflows.Data;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;
using Ngp.Workflows.Steps;

namespace Ngp.Workflows;

/// <summary>Workflows: types per tenant started by domain events, timers and signals; persisted, resumable instances; an admin editor.</summary>
public sealed class WorkflowsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        foreach (var activity in new[]
        {
            typeof(SendEmailActivity), typeof(NotifyActivity), typeof(PublishContentActivity), typeof(UnpublishContentActivity),
            typeof(CreateContentActivity), typeof(UpdateContentActivity), typeof(IfElseActivity), typeof(WaitUntilActivity),
            typeof(WaitForActivity), typeof(WaitForEventActivity), typeof(ForkActivity), typeof(JoinActivity),
            typeof(SetPropertyActivity), typeof(LogActivity),
        })
            services.AddSingleton(typeof(IActivity), activity);
        services.AddSingleton<ActivityCatalog>();
        services.AddSingleton<WorkflowStartEvents>();
        services.AddSingleton<WorkflowLiquid>();
        services.AddSingleton<WorkflowValidator>();
        services.AddSingleton<WorkflowSignal>();
        services.AddScoped<WorkflowTypeStore>();
        services.AddScoped<WorkflowStarter>();
        services.AddScoped<WorkflowExecutor>();
        services.AddScoped<WorkflowInstances>();
        services.AddScoped<WorkflowSignals>();
        services.AddScoped<IRecipeStep, WorkflowsStep>();
        services.AddOutboxConsumer<WorkflowEventConsumer>();
        services.AddSingleton<WorkflowRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowRunner>());
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapWorkflowApi();

    public IEnumerable<Permission> Permissions => [WorkflowPermissions.ManageWorkflows];

    public IEnumerable<AdminMenuItem> AdminMenu => [new("Workflows", "/admin/workflows", WorkflowPermissions.ManageWorkflows, Order: 60)];

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new WorkflowConfiguration();
        model.ApplyConfiguration<WorkflowTypeRecord>(configuration);
        model.ApplyConfiguration<WorkflowInstance>(configuration);
        model.ApplyConfiguration<WorkflowBlockingActivity>(configuration);
        model.ApplyConfiguration<WorkflowWakeup>(configuration);
        model.ApplyConfiguration<WorkflowJournalEntry>(configuration);
    }

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => WorkflowsSchema.Definition;
}
