using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Core.Tenancy;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Background;

/// <summary>
/// Announces consultations opening and closing (ConsultationOpened / ConsultationClosed) when their time comes,
/// in every running tenant; the state table makes each announcement once, even after a restart.
/// </summary>
public sealed class ConsultationWatcher(IRunningTenants tenants, ITenantScopeFactory scopes, TimeProvider clock, ILogger<ConsultationWatcher> logger)
    : PeriodicTenantJob(tenants, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

    protected override string Description => "Consultation watch";

    /// <summary>One pass over a tenant's published consultations; returns the number of events raised.</summary>
    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var now = Clock.GetUtcNow();
        var raised = 0;
        var query = scope.ServiceProvider.GetRequiredService<ContentQuery>();
        var versions = new List<ContentItemVersion>();
        for (var page = 1; ; page++)
        {
            var found = await query.ListAsync(new ContentFilter { Type = "Consultation", Page = page, PageSize = 100 }, ct);
            versions.AddRange(found.Items);
            if (found.Items.Count < 100 || versions.Count >= found.Total)
                break;
        }
        var states = await db.Set<ParticipationState>().AsNoTracking().ToDictionaryAsync(s => s.ContentItemId, ct);
        foreach (var version in versions)
        {
            if (ContentQuery.Data(version)["parts"]?["Consultation"] is not JsonObject part)
                continue;
            var consultation = ConsultationPart.Read(version.ContentItemId, part);
            var id = version.ContentItemId;
            states.TryGetValue(id, out var state);
            if (state is { OpenedAnnounced: true, ClosedAnnounced: true })
                continue;
            var open = consultation.OpensUtc is { } opens && opens <= now && !consultation.IsClosedAt(now);
            var closed = consultation.IsClosedAt(now);
            if (!open && !closed)
                continue;
            if (state is null)
                await EnsureStateAsync(db, id, ct);
            if (open && state?.OpenedAnnounced != true)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (await ClaimAsync(db, id, closing: false, ct))
                {
                    outbox.Add(new ConsultationOpened(id, consultation.OpensUtc));
                    await db.SaveChangesAsync(ct);
                    raised++;
                }
                await transaction.CommitAsync(ct);
            }
            if (closed && state?.ClosedAnnounced != true)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                if (await ClaimAsync(db, id, closing: true, ct))
                {
                    outbox.Add(new ConsultationClosed(id, consultation.ClosesUtc));
                    if (scope.ServiceProvider.GetService<INotifier>() is { } notifier)
                    {
                        await notifier.NotifyAsync(new Notice
                        {
                            Event = "ConsultationClosed",
                            Title = $"La concertation « {version.DisplayText} » est close : les résultats sont publiés",
                            ContentItemId = id,
                            IdempotencyKey = "consultation-closed-" + id,
                        }, Audience.Followers(id), ct);
                    }
                    await db.SaveChangesAsync(ct);
                    raised++;
                }
                await transaction.CommitAsync(ct);
            }
        }
        if (raised > 0)
            logger.LogInformation("Raised {Count} consultation events in tenant {Tenant}", raised, tenant.Name);
        return raised;
    }

    private static async Task EnsureStateAsync(NgpDbContext db, string id, CancellationToken ct)
    {
        var entry = db.Add(new ParticipationState { ContentItemId = id });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another pass (another web node) made the row first.
        }
        entry.State = EntityState.Detached;
    }

    /// <summary>
    /// Marks the announcement as made, in the database and only if nobody made it yet: the one pass whose update
    /// changed the row raises the event, so two web nodes never announce the same opening or closing twice.
    /// </summary>
    private static async Task<bool> ClaimAsync(NgpDbContext db, string id, bool closing, CancellationToken ct) =>
        closing
            ? await db.Set<ParticipationState>().Where(s => s.ContentItemId == id && !s.ClosedAnnounced)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClosedAnnounced, true).SetProperty(x => x.OpenedAnnounced, true), ct) == 1
            : await db.Set<ParticipationState>().Where(s => s.ContentItemId == id && !s.OpenedAnnounced)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenedAnnounced, true), ct) == 1;
}
