using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Maintenance.Api;
using Ngp.Maintenance.Data;
using Ngp.Maintenance.Events;
using Ngp.Maintenance.Handlers;
using Ngp.Maintenance.Privacy;

namespace Ngp.Maintenance;

/// <summary>
/// Residents' requests and complaints about their dwelling or a common area: a reference per agency without gaps, a
/// timeline, messages with the agency, « Moi aussi » on the building's common areas, and the agents' queue.
/// </summary>
public sealed class MaintenanceModule : INgpModule
{
    public const string WriteRateLimit = "ngp-maintenance-writes";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<RequestFiled>("Demande de maintenance déposée");
        services.AddDomainEvent<RequestTaken>("Demande de maintenance prise en charge");
        services.AddDomainEvent<RequestAnswered>("Message sur une demande de maintenance");
        services.AddDomainEvent<RequestMeTooAdded>("« Moi aussi » sur une demande de maintenance");
        services.AddDomainEvent<RequestClosed>("Demande de maintenance clôturée");
        services.AddDomainEvent<RequestRejected>("Demande de maintenance rejetée");
        services.AddHttpContextAccessor();
        services.AddScoped<MaintenanceSettingsStore>();
        services.AddScoped<Ngp.Recipes.IRecipeStep, MaintenanceStep>();
        services.AddScoped<MaintenanceViewer>();
        services.AddScoped<RequestReader>();
        services.AddScoped<FileRequest>();
        services.AddScoped<PostMessage>();
        services.AddScoped<AddMeToo>();
        services.AddScoped<ChangeStatus>();
        services.AddPersonalData<MaintenancePersonalData>();
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Navigation, 50, "_MaintenanceNavigation"));

        var permitsPerMinute = configuration.GetValue("Ngp:RateLimits:MaintenanceWritesPerMinute", 20);
        services.AddRateLimiter(o => o.AddPolicy(WriteRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                $"{CredentialKey(context)}@{context.Request.PathBase}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) })));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapMaintenanceApi();

    public IEnumerable<Permission> Permissions => [MaintenancePermissions.ManageRequests];

    public IEnumerable<AdminMenuItem> AdminMenu => [new("Demandes des locataires", "/admin/demandes", MaintenancePermissions.ManageRequests, 25)];

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new MaintenanceConfiguration();
        model.ApplyConfiguration<MaintenanceRequest>(configuration);
        model.ApplyConfiguration<RequestEvent>(configuration);
        model.ApplyConfiguration<RequestMessage>(configuration);
        model.ApplyConfiguration<RequestMeToo>(configuration);
        model.ApplyConfiguration<RequestCounter>(configuration);
    }

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>), from its first commit.</summary>
    public ModuleSchema? Schema => MaintenanceSchema.Definition;

    /// <summary>
    /// The rate limiter runs before authentication: a person is recognised by the credential they send (bearer token
    /// or session cookie), and someone sending none by their address.
    /// </summary>
    private static string CredentialKey(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
            return authorization;
        foreach (var (name, value) in context.Request.Cookies)
        {
            if (name.StartsWith(".ngp.session", StringComparison.Ordinal))
                return value;
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "";
    }
}
