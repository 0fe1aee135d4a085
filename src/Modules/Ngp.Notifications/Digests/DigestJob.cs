using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Notifications.Templates;

namespace Ngp.Notifications.Digests;

/// <summary>
/// Builds the digests: at the daily hour (and the weekly day) in Europe/Paris, every entry written before that
/// instant becomes part of one e-mail per person. The instant is part of the e-mail's idempotency key and entries
/// are marked in the same transaction, so two nodes running the job never send a digest twice.
/// </summary>
public sealed class DigestJob(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<DigestJob> logger) : PeriodicTenantJob(tenants, clock, logger)
{
    private readonly NotificationOptions _options = options.Value;

    protected override string Description => "Digests";

    protected override bool Enabled => _options.Enabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct) => RunAsync(tenant, ct);

    /// <summary>The last scheduled instant of a frequency at or before <paramref name="now"/>.</summary>
    public DateTimeOffset LastCutoff(NotificationFrequency frequency, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_options.DigestTimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = local.Date;
        if (frequency == NotificationFrequency.Weekly)
            day = day.AddDays(-(((int)day.DayOfWeek - (int)_options.WeeklyDigestDay + 7) % 7));
        var at = day.AddHours(_options.DigestHour);
        var cutoff = new DateTimeOffset(at, zone.GetUtcOffset(at));
        if (cutoff > now)
            cutoff = new DateTimeOffset(at.AddDays(frequency == NotificationFrequency.Weekly ? -7 : -1), zone.GetUtcOffset(at.AddDays(frequency == NotificationFrequency.Weekly ? -7 : -1)));
        return cutoff;
    }

    /// <summary>Builds the due digests of a tenant now; returns how many e-mails were queued.</summary>
    public Task<int> RunAsync(TenantDescriptor tenant, CancellationToken ct) => RunAsync(tenant, Clock.GetUtcNow(), ct);

    /// <summary>
    /// Builds the digests due at <paramref name="now"/> (the clock's time in production; a test may name a later day
    /// rather than move a fake clock across a week of every other job's timers).
    /// </summary>
    public async Task<int> RunAsync(TenantDescriptor tenant, DateTimeOffset now, CancellationToken ct)
    {
        var queued = 0;
        foreach (var frequency in new[] { NotificationFrequency.Daily, NotificationFrequency.Weekly })
            queued += await BuildAsync(tenant, frequency, LastCutoff(frequency, now), ct);
        return queued;
    }

    private async Task<int> BuildAsync(TenantDescriptor tenant, NotificationFrequency frequency, DateTimeOffset cutoff, CancellationToken ct)
    {
        var cutoffTicks = cutoff.UtcTicks;
        List<string> users;
        await using (var scope = scopes.CreateScope(tenant))
        {
            users = await scope.ServiceProvider.GetRequiredService<NgpDbContext>().Set<DigestEntry>().AsNoTracking()
                .Where(d => d.Frequency == frequency && d.DigestedTicks == null && d.CreatedTicks < cutoffTicks)
                .Select(d => d.UserId).Distinct().ToListAsync(ct);
        }
        var queued = 0;
        foreach (var chunk in users.Chunk(200))
            queued += await BuildChunkAsync(tenant, frequency, cutoffTicks, chunk, ct);
        return queued;
    }

    private async Task<int> BuildChunkAsync(TenantDescriptor tenant, NotificationFrequency frequency, long cutoffTicks, string[] userIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<NgpDbContext>();
        var entries = db.Set<DigestEntry>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pending = await entries.AsNoTracking()
            .Where(d => userIds.Contains(d.UserId) && d.Frequency == frequency && d.DigestedTicks == null && d.CreatedTicks < cutoffTicks)
            .OrderBy(d => d.Id).ToListAsync(ct);
        var ids = pending.Select(d => d.Id).ToList();
        var nowTicks = Clock.GetUtcNow().UtcTicks;
        var marked = await entries.Where(d => ids.Contains(d.Id) && d.DigestedTicks == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DigestedTicks, nowTicks), ct);
        if (marked != ids.Count)
            return 0; // Another node is building these digests; the transaction rolls back.

        var accounts = (await sp.GetRequiredService<IUserDirectory>().DescribeAsync(userIds, ct)).ToDictionary(a => a.UserId);
        var preferences = await db.Set<NotificationPreference>().AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, ct);
        var templates = sp.GetRequiredService<EmailTemplates>();
        var links = sp.GetRequiredService<SiteLinks>();
        var unsubscribe = sp.GetRequiredService<UnsubscribeLinks>();
        var queue = sp.GetRequiredService<EmailQueue>();
        var site = await sp.GetRequiredService<ISiteSettingsStore>().GetAsync(ct);
        var siteModel = new SiteModel { Name = site.SiteName, PrimaryColor = site.PrimaryColor, Url = links.Root };
        var name = frequency == NotificationFrequency.Weekly ? "weekly" : "daily";
        var queued = 0;
        foreach (var group in pending.GroupBy(d => d.UserId))
        {
            preferences.TryGetValue(group.Key, out var preference);
            if (!accounts.TryGetValue(group.Key, out var account) || preference?.Unsubscribed == true || preference?.Frequency == NotificationFrequency.None)
                continue; // Marked digested without a message: the person left or opted out since.
            var culture = TemplateKinds.CultureOf(preference?.Culture);
            var unsubscribeUrl = unsubscribe.UrlFor(account.UserId, null);
            var model = new EmailModel
            {
                Culture = culture,
                Site = siteModel,
                Recipient = new RecipientModel { Name = account.DisplayName, Email = account.Email },
                Entries = group.Select(d => new NoticeModel { Event = d.Event, Title = d.Title, Text = d.Text, Url = d.Url is null ? null : links.Absolute(d.Url) }).ToList(),
                Frequency = name,
                UnsubscribeUrl = unsubscribeUrl,
                SettingsUrl = links.Absolute("compte/notifications"),
            };
            var rendered = await templates.RenderAsync(TemplateKinds.Digest, model, ct);
            queue.Add(account.Email, account.DisplayName, account.UserId, $"digest-{name}", rendered.Subject, rendered.Html, rendered.Text, unsubscribeUrl, $"digest-{name}-{cutoffTicks}");
            queued++;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return 0; // The same digest was queued by another node first.
        }
        sp.GetRequiredService<EmailSignal>().Pulse();
        return queued;
    }
}
