using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Notifications.Templates;

namespace Ngp.Notifications;

/// <summary>
/// Resolves an audience to people, removes duplicates and those who opted out, and writes, in the caller's unit of
/// work, an in-app notification per account and an e-mail (now) or a digest entry (later) as each person chose.
/// </summary>
public sealed class Notifier(
    NgpDbContext db,
    IUserDirectory directory,
    IServiceProvider services,
    EmailQueue queue,
    DeferredRows rows,
    EmailTemplates templates,
    ISiteSettingsStore siteSettings,
    SiteLinks links,
    UnsubscribeLinks unsubscribe,
    TimeProvider clock,
    ILogger<Notifier> logger) : INotifier
{
    public async Task<int> NotifyAsync(Notice notice, Audience audience, CancellationToken ct = default)
    {
        var userIds = new HashSet<string>(audience.UserIds, StringComparer.Ordinal);
        var bareEmails = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var email in audience.Emails.Where(e => !string.IsNullOrWhiteSpace(e)))
            bareEmails.TryAdd(email.Trim(), null);
        if (audience.Roles.Count > 0)
            userIds.UnionWith(await directory.InRolesAsync(audience.Roles, ct));
        foreach (var group in audience.Groups)
        {
            // Every module that knows members of this kind contributes (the followers of an item may come from several).
            var kindSources = services.GetServices<IAudienceSource>().Where(s => s.Kind == group.Kind).ToList();
            if (kindSources.Count == 0)
            {
                logger.LogWarning("No audience source for {Kind}: notice {Event} skips that group", group.Kind, notice.Event);
                continue;
            }
            var members = new List<AudienceMember>();
            foreach (var source in kindSources)
                members.AddRange(await source.ResolveAsync(group.Key, ct));
            foreach (var member in members)
            {
                if (member.UserId is not null)
                    userIds.Add(member.UserId);
                else if (!string.IsNullOrWhiteSpace(member.Email))
                    bareEmails.TryAdd(member.Email.Trim(), member.DisplayName);
            }
        }
        userIds.ExceptWith(audience.ExceptUserIds);

        var accounts = userIds.Count == 0 ? [] : await directory.DescribeAsync(userIds, ct);
        var accountEmails = new HashSet<string>(accounts.Select(a => a.Email), StringComparer.OrdinalIgnoreCase);
        var strangers = bareEmails.Where(e => !accountEmails.Contains(e.Key) && e.Key.Contains('@')).ToList();
        if (accounts.Count == 0 && strangers.Count == 0)
            return 0;

        var accountIds = accounts.Select(a => a.UserId).ToList();
        var preferences = accountIds.Count == 0
            ? new Dictionary<string, NotificationPreference>()
            : await db.Set<NotificationPreference>().AsNoTracking().Where(p => EF.Parameter(accountIds).Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, ct);
        var strangerAddresses = strangers.Select(s => s.Key.ToLowerInvariant()).ToList();
        // Thousands of addresses or ids go as one array parameter: EF's default, one parameter per value, spent
        // 250 ms building and planning the query of a 5,000-address notice.
        var optedOut = strangerAddresses.Count == 0
            ? []
            : (await db.Set<EmailOptOut>().AsNoTracking().Where(o => EF.Parameter(strangerAddresses).Contains(o.Email)).Select(o => o.Email).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var key = notice.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        HashSet<string> alreadyInApp = [], alreadyDigested = [], alreadyMailed = [];
        if (notice.IdempotencyKey is not null)
        {
            alreadyInApp = (await db.Set<InAppNotification>().AsNoTracking().Where(n => n.IdempotencyKey == key).Select(n => n.UserId).ToListAsync(ct)).ToHashSet();
            alreadyDigested = (await db.Set<DigestEntry>().AsNoTracking().Where(n => n.IdempotencyKey == key).Select(n => n.UserId).ToListAsync(ct)).ToHashSet();
            alreadyMailed = (await db.Set<EmailMessage>().AsNoTracking().Where(n => n.IdempotencyKey == key).Select(n => n.Recipient).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        var now = clock.GetUtcNow();
        var site = await siteSettings.GetAsync(ct);
        var siteModel = new SiteModel { Name = site.SiteName, PrimaryColor = site.PrimaryColor, Url = links.Root };
        var noticeModel = new NoticeModel { Event = notice.Event, Title = notice.Title, Text = notice.Text, Url = notice.Url is null ? null : links.Absolute(notice.Url) };
        var data = notice.Data.ToDictionary(d => d.Key, d => (object?)d.Value);
        var settingsUrl = links.Absolute("compte/notifications");
        // Per language, the template rendered once for what every recipient shares; each e-mail only fills in its person.
        var renderers = new Dictionary<string, SharedRendering>();
        foreach (var culture in TemplateKinds.Cultures)
            renderers[culture] = templates.Shared(await templates.SourceAsync(notice.Event, culture, ct));
        var reached = 0;

        foreach (var account in accounts)
        {
            var touched = false;
            if (!alreadyInApp.Contains(account.UserId))
            {
                rows.Add(new InAppNotification
                {
                    UserId = account.UserId,
                    Event = notice.Event,
                    Title = Truncate(notice.Title, 500),
                    Text = notice.Text is null ? null : Truncate(notice.Text, 4000),
                    Url = notice.Url,
                    ContentItemId = notice.ContentItemId,
                    IdempotencyKey = key,
                    CreatedUtc = now,
                });
                touched = true;
            }

            preferences.TryGetValue(account.UserId, out var preference);
            var frequency = preference?.Frequency ?? NotificationFrequency.Daily;
            if (preference?.Unsubscribed == true || frequency == NotificationFrequency.None)
            {
                reached += touched ? 1 : 0;
                continue;
            }
            if (frequency == NotificationFrequency.Immediate)
            {
                if (!alreadyMailed.Contains(account.Email))
                {
                    Queue(account.Email, account.DisplayName, account.UserId, TemplateKinds.CultureOf(preference?.Culture));
                    touched = true;
                }
            }
            else if (!alreadyDigested.Contains(account.UserId))
            {
                rows.Add(new DigestEntry
                {
                    UserId = account.UserId,
                    Frequency = frequency,
                    Event = notice.Event,
                    Title = Truncate(notice.Title, 500),
                    Text = notice.Text is null ? null : Truncate(notice.Text, 4000),
                    Url = notice.Url,
                    ContentItemId = notice.ContentItemId,
                    IdempotencyKey = key,
                    CreatedTicks = now.UtcTicks,
                });
                touched = true;
            }
            reached += touched ? 1 : 0;
        }

        foreach (var (email, name) in strangers)
        {
            if (optedOut.Contains(email) || alreadyMailed.Contains(email))
                continue;
            Queue(email, name, null, "fr");
            reached++;
        }
        return reached;

        void Queue(string email, string? name, string? userId, string culture)
        {
            var unsubscribeUrl = unsubscribe.UrlFor(userId, userId is null ? email : null);
            var model = new EmailModel
            {
                Culture = culture,
                Site = siteModel,
                Recipient = new RecipientModel { Name = name, Email = email },
                Notice = noticeModel,
                Data = data,
                UnsubscribeUrl = unsubscribeUrl,
                SettingsUrl = settingsUrl,
            };
            var rendered = renderers[culture].Render(model);
            queue.Add(email, name, userId, notice.Event, rendered.Subject, rendered.Html, rendered.Text, unsubscribeUrl, key);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
