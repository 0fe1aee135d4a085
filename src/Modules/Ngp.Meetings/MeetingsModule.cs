using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Meetings.Api;
using Ngp.Meetings.Data;
using Ngp.Meetings.Handlers;
using Ngp.Meetings.Privacy;

namespace Ngp.Meetings;

/// <summary>Meetings: registration with a waiting list, attendance, closing with a synthesis, calendars.</summary>
public sealed class MeetingsModule : INgpModule
{
    public const string RegistrationRateLimit = "ngp-meeting-registration";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRequiredFields("les réunions", "Meeting", ("Kind", "Choice"), ("Start", "DateTime"), ("End", "DateTime"), ("Place", "Text"), ("OnlineLink", "Link"),
            ("Capacity", "Number"), ("Project", "ContentPicker"), (MeetingCatalog.InvitedEmailsField, "LongText"));
        services.AddRequiredFields("les synthèses de réunion", "Synthesis", ("Meeting", "ContentPicker"), ("Project", "ContentPicker"), ("Decisions", "Markdown"),
            ("Objections", "Markdown"), ("NextSteps", "Markdown"), ("Attendance", "Number"));
        services.AddDomainEvent<MeetingPublished>("Réunion publiée");
        services.AddDomainEvent<RegistrationCreated>("Inscription à une réunion");
        services.AddDomainEvent<RegistrationCancelled>("Inscription à une réunion annulée");
        services.AddDomainEvent<RegistrationPromoted>("Place libérée pour une personne en attente");
        services.AddDomainEvent<MeetingEnded>("Réunion terminée");
        services.AddDomainEvent<MeetingClosed>("Réunion close");
        services.AddDomainEvent<SynthesisPublished>("Synthèse de réunion publiée");
        services.AddScoped<MeetingCatalog>();
        services.AddScoped<MeetingReader>();
        services.AddScoped<Print.Posters.IPosterContent, MeetingPoster>();
        services.AddScoped<Print.Posters.IPosterContent, SynthesisPoster>();
        services.AddScoped<IPendingWork, MeetingsAwaitingSynthesis>();
        services.AddScoped<RegisterToMeeting>();
        services.AddScoped<CancelRegistration>();
        services.AddScoped<CloseMeeting>();
        services.AddScoped<Letters.PrintMeetingLetters>();
        services.AddScoped<Ngp.Contents.Admin.IContentAdminAction, Letters.MeetingLettersAdminAction>();
        services.AddPersonalData<MeetingPersonalData>();
        services.AddAudience<MeetingAttendeesSource>(AudienceKinds.MeetingAttendees, "Les inscrits et présents de la réunion");
        // The stakeholders invited by e-mail receive the synthesis; their addresses are never public.
        services.AddSingleton(new Ngp.Contents.Display.PersonalDataField(MeetingCatalog.InvitedEmailsField));
        services.AddAudience<SynthesisAudienceSource>(MeetingAudienceKinds.SynthesisAudience, "Les destinataires de la synthèse (inscrits, présents, abonnés et parties prenantes du projet)");
        services.AddAudience(MeetingAudienceKinds.OrganiserAwaitingSynthesis, "L'organisateur d'une réunion dont la synthèse se fait attendre",
            sp => ActivatorUtilities.CreateInstance<OverdueSynthesisAudienceSource>(sp, MeetingAudienceKinds.OrganiserAwaitingSynthesis));
        services.AddAudience(MeetingAudienceKinds.AdministratorsAwaitingSynthesis, "Les administrateurs, pour une synthèse qui se fait attendre",
            sp => ActivatorUtilities.CreateInstance<OverdueSynthesisAudienceSource>(sp, MeetingAudienceKinds.AdministratorsAwaitingSynthesis));
        services.AddOutboxConsumer<MeetingEventsConsumer>();
        services.AddScoped<ITimelineSource, MeetingTimeline>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.MeetingsDataset>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.SynthesesDataset>();
        services.AddSingleton<IContentPart, MeetingPart>();
        services.AddSingleton<IContentPart, SynthesisPart>();
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Navigation, 40, "Meetings-Nav"));
        services.AddSingleton<IHomeSection, MeetingsHomeSection>();
        services.AddSingleton<MeetingEndWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MeetingEndWatcher>());

        var permitsPerMinute = configuration.GetValue("Ngp:RateLimits:MeetingRegistrationsPerMinute", 20);
        services.AddRateLimiter(o => o.AddPolicy(RegistrationRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                $"{CredentialKey(context)}@{context.Request.PathBase}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) })));
    }

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

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapMeetingsApi();

    public IEnumerable<Permission> Permissions => [MeetingPermissions.OrganiseMeetings];

    public IEnumerable<AdminMenuItem> AdminMenu => [new("Réunions", "/admin/reunions", MeetingPermissions.OrganiseMeetings, 35)];

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new MeetingConfiguration();
        model.ApplyConfiguration<MeetingEntry>(configuration);
        model.ApplyConfiguration<MeetingRegistration>(configuration);
        model.ApplyConfiguration<MeetingAttendance>(configuration);
    }

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => MeetingsSchema.Definition;
}
