using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Editors;
using Ngp.Contents.Parts;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Contents.Items;
using Ngp.Participation.Api;
using Ngp.Participation.Background;
using Ngp.Participation.Data;
using Ngp.Participation.Editors;
using Ngp.Participation.Follows;
using Ngp.Participation.Letters;
using Ngp.Participation.Parts;
using Ngp.Participation.Privacy;
using Ngp.Participation.Voting;

namespace Ngp.Participation;

/// <summary>
/// Consultations and votes (online, by letter, at the desk) and their results, which may belong to a project of
/// Ngp.Projects (comments and follows are their own modules, below this one).
/// </summary>
public sealed class ParticipationModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<VoteCast>("Vote enregistré");
        services.AddDomainEvent<ConsultationOpened>("Concertation ouverte");
        services.AddDomainEvent<ConsultationClosed>("Concertation close");
        foreach (var part in new[] { typeof(ConsultationPart) })
            services.AddSingleton(typeof(IContentPart), part);
        services.AddSingleton<IContentPartEditor, ConsultationEditor>();
        services.AddOptions<ParticipationOptions>().Bind(configuration.GetSection("Ngp:Participation"))
            .Validate(o => o.VotesPerMinute > 0, "Ngp:Participation:VotesPerMinute must be positive.")
            .Validate(o => o.LetterCodeDays is > 0 and <= 366, "Ngp:Participation:LetterCodeDays must be from 1 to 366.")
            .ValidateOnStart();
        services.AddSingleton<ParticipationThrottle>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentParticipant>();
        services.AddScoped<Print.Posters.IPosterContent, ConsultationPoster>();
        services.AddScoped<ParticipationItems>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.ConsultationResultsDataset>();
        services.AddScoped<ProjectConsultations>();
        services.AddSingleton(new Ngp.Projects.ProjectPageSection(10, "_ProjectConsultations"));
        services.AddSingleton<PublishedConsultations>();
        services.AddScoped<CastVote>();
        services.AddSingleton<VoteWriter>();
        services.AddScoped<ResultsReader>();
        services.AddSingleton<ResultsCache>();
        services.AddScoped<VoteFormsReader>();
        services.AddScoped<ResultsExport>();
        services.AddScoped<LetterCodes>();
        services.AddScoped<OfflineAnswers>();
        services.AddScoped<AnswerByLetter>();
        services.AddScoped<RecordAnswerAtDesk>();
        services.AddScoped<PrintLetters>();
        services.AddSingleton<LettersPdf>();
        services.AddPersonalData<ParticipationPersonalData>();
        services.AddAudience<ParticipantsAudience>(AudienceKinds.Participants, "Les votants de la concertation");
        services.AddSingleton<ConsultationWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsultationWatcher>());
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Navigation, 22, "_ParticipationNavigation"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant)
    {
        tenant.MapParticipationApi();
    }

    public IEnumerable<Permission> Permissions => [ParticipationPermissions.ExportResults, ParticipationPermissions.RecordAnswers];

    public ModuleSchema? Schema => ParticipationSchema.Definition;

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new ParticipationConfiguration();
        model.ApplyConfiguration<Vote>(configuration);
        model.ApplyConfiguration<ParticipationState>(configuration);
        model.ApplyConfiguration<LetterCode>(configuration);
    }
}
