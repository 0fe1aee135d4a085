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

/// <summary>
/// Watches published projects: a new current phase raises ProjectPhaseChanged (and tells followers when the
/// notifications module is there); a new or changed indicator measure raises IndicatorUpdated.
/// </summary>
public sealed class ProjectTracker(NgpDbContext db, ContentQuery query, IOutbox outbox, IServiceProvider services) : IOutboxConsumer
{
    public string Name => "participation-projects";

    public bool Accepts(string eventType) => eventType == nameof(ContentPublished);

    public async Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct)
    {
        var published = outboxEvent.Read<ContentPublished>();
        var version = await query.PublishedAsync(published.ContentItemId, ct);
        if (version is null || ContentQuery.Data(version)["parts"] is not JsonObject parts)
            return;
        var phases = parts["Phases"] is JsonObject p ? PhasesPart.Read(p) : null;
        var roadMap = parts["RoadMap"] is JsonObject r ? RoadMapPart.Read(r) : null;
        if (phases is null && roadMap is null)
            return;
        var state = await db.Set<ParticipationState>().SingleOrDefaultAsync(s => s.ContentItemId == version.ContentItemId, ct);
        if (state is null)
        {
            state = new ParticipationState { ContentItemId = version.ContentItemId };
            db.Add(state);
        }
        if (phases?.Current is { } current && current != state.Phase)
        {
            var from = state.Phase;
            state.Phase = current;
            // The first publication records the phase; only a later move is news.
            if (from is not null)
            {
                outbox.Add(new ProjectPhaseChanged(version.ContentItemId, from, current));
                if (services.GetService(typeof(INotifier)) is INotifier notifier)
                {
                    await notifier.NotifyAsync(new Notice
                    {
                        Event = nameof(ProjectPhaseChanged),
                        Title = $"« {version.DisplayText} » passe à l'étape : {PhasesPart.Label(current)}",
                        ContentItemId = version.ContentItemId,
                        Data = new Dictionary<string, string?> { ["PhaseName"] = PhasesPart.Label(current) },
                        IdempotencyKey = $"phase-{version.ContentItemId}-{current}-{outboxEvent.Id}",
                    }, Audience.Followers(version.ContentItemId), ct);
                }
            }
        }
        if (roadMap is not null)
        {
            var signature = Signature(roadMap);
            if (state.IndicatorsSignature is { } before && before != signature)
            {
                foreach (var indicator in roadMap.Indicators)
                    outbox.Add(new IndicatorUpdated(version.ContentItemId, indicator.Name, indicator.Latest));
            }
            state.IndicatorsSignature = signature;
        }
        await db.SaveChangesAsync(ct);
    }

    private static string Signature(RoadMap roadMap)
    {
        var text = string.Join('|', roadMap.Indicators.Select(i => i.Name + ":" + string.Join(';', i.Values.Select(v => v.Date + "=" + v.Value))));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
