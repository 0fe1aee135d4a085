using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Comments.Api;
using Ngp.Comments.Data;
using Ngp.Comments.Privacy;
using Ngp.Comments.Threads;
using Ngp.Contents.Parts;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;

namespace Ngp.Comments;

/// <summary>
/// Comments on any type carrying the <see cref="CommentablePart"/> (news, projects, consultations): threads with
/// stances and the objection rule, proposal supports, reports, moderation, each type's <see cref="CommentPolicy"/>.
/// </summary>
public sealed class CommentsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<CommentPosted>("Commentaire publié");
        services.AddDomainEvent<CommentReported>("Commentaire signalé");
        services.AddDomainEvent<CommentHidden>("Commentaire masqué par la modération");
        services.AddSingleton<IContentPart, CommentablePart>();
        services.AddSingleton<IContentPart, ReportablePart>();
        services.AddOptions<CommentsOptions>().Bind(configuration.GetSection("Ngp:Participation"))
            .Validate(o => o.CommentsPerMinute > 0 && o.CommentThreadsPerPage > 0,
                "Ngp:Participation:CommentsPerMinute and CommentThreadsPerPage must be positive.")
            .ValidateOnStart();
        services.AddSingleton<CommentsThrottle>();
        services.AddScoped<CommentsSettingsStore>();
        services.AddScoped<IPendingWork, CommentsToModerate>();
        services.AddScoped<Ngp.Recipes.IRecipeStep, CommentsStep>();
        services.AddScoped<PostComment>();
        services.AddScoped<EditComment>();
        services.AddScoped<DeleteComment>();
        services.AddScoped<SupportProposal>();
        services.AddScoped<ReportComment>();
        services.AddScoped<ModerateComment>();
        services.AddScoped<CommentReader>();
        services.AddPersonalData<CommentsPersonalData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapCommentsApi();

    public IEnumerable<Permission> Permissions => [CommentsPermissions.ModerateComments];

    public IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Modération", "/admin/moderation", CommentsPermissions.ModerateComments, Order: 20),
    ];

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new CommentsConfiguration();
        model.ApplyConfiguration<Comment>(configuration);
        model.ApplyConfiguration<ProposalSupport>(configuration);
        model.ApplyConfiguration<CommentReport>(configuration);
        model.ApplyConfiguration<CommentBlock>(configuration);
    }

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => CommentsSchema.Definition;
}
