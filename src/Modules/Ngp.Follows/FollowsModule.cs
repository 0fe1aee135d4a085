using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Parts;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Follows.Api;
using Ngp.Follows.Data;
using Ngp.Follows.Privacy;

namespace Ngp.Follows;

/// <summary>
/// Follows of items whose type carries the <see cref="FollowablePart"/> (projects, consultations, meetings): the
/// « Suivre » button, the automatic follows other modules write (on commenting, voting), and the followers audience.
/// </summary>
public sealed class FollowsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentPart, FollowablePart>();
        services.AddScoped<FollowService>();
        services.AddScoped<ToggleFollow>();
        services.AddAudience<FollowersAudience>(AudienceKinds.Followers, "Les abonnés du contenu");
        services.AddPersonalData<FollowsPersonalData>();
        services.AddSingleton<IAccountSection>(new AccountSection(20, "Account-Follows"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapFollowsApi();

    public void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new FollowConfiguration());

    /// <summary>The module's table comes from its own migrations (<c>Migrations/</c>); the host created it until issue 18.</summary>
    public ModuleSchema? Schema => FollowsSchema.Definition;
}
