using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ngp.Core.Accounts;
using Ngp.Core.Mail;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Notifications.Api;
using Ngp.Notifications.Data;
using Ngp.Notifications.Digests;
using Ngp.Notifications.Privacy;
using Ngp.Notifications.Sending;
using Ngp.Notifications.Templates;

namespace Ngp.Notifications;

/// <summary>
/// E-mail outbox and its SMTP sender (MailKit, retries, leases), Liquid templates, preferences and digests,
/// in-app notifications (the bell), and <see cref="INotifier"/> for the other modules.
/// </summary>
public sealed class NotificationsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddDataProtection();
        services.AddEmailOutbox();
        services.AddSingleton<TemplateCache>();
        services.AddScoped<EmailTemplates>();
        services.AddScoped<UnsubscribeLinks>();
        services.AddScoped<SmtpSettingsStore>();
        services.AddScoped<NotificationPreferences>();
        services.AddScoped<InAppNotifications>();
        services.AddSingleton<UnreadCounts>();
        services.AddScoped<IPendingWork, Sending.FailedEmails>();
        services.AddScoped<INotifier, Notifier>();
        services.AddPersonalData<NotificationPersonalData>();
        // Core registers the pickup folder with TryAdd; the outbox takes its place so account e-mails are retried too.
        services.Replace(ServiceDescriptor.Scoped<IEmailSender, OutboxEmailSender>());
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<EmailRetryPolicy>();
        services.AddSingleton<SmtpTransport>();
        services.AddSingleton<PickupFolderTransport>();
        services.AddSingleton<EmailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailDispatcher>());
        services.AddSingleton<DigestJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestJob>());
        services.AddSingleton<EmailRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailRetention>());
        services.AddSingleton<InAppNotificationRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<InAppNotificationRetention>());
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.HeaderTools, 10, "_NotificationBell"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapNotificationsApi();

    public IEnumerable<Permission> Permissions => [NotificationPermissions.ManageNotifications];

    public IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Envoi des e-mails", "/admin/notifications/envoi", NotificationPermissions.ManageNotifications, Order: 80),
        new("Serveur SMTP", "/admin/notifications/smtp", NotificationPermissions.ManageNotifications, Order: 81),
        new("Modèles d'e-mails", "/admin/notifications/modeles", NotificationPermissions.ManageNotifications, Order: 82),
    ];

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new NotificationsConfiguration();
        model.ApplyConfiguration<EmailMessage>(configuration);
        model.ApplyConfiguration<InAppNotification>(configuration);
        model.ApplyConfiguration<NotificationPreference>(configuration);
        model.ApplyConfiguration<EmailOptOut>(configuration);
        model.ApplyConfiguration<UsedUnsubscribeLink>(configuration);
        model.ApplyConfiguration<DigestEntry>(configuration);
        model.ApplyConfiguration<SmtpSettingsRecord>(configuration);
        model.ApplyConfiguration<EmailTemplateOverride>(configuration);
    }

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => NotificationsSchema.Definition;
}
