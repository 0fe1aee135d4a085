using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Tenancy;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

/// <summary>Raises <c>MeetingEnded</c> once per meeting when its end time has passed, including meetings that ended while the site was down.</summary>
public sealed class MeetingEndWatcher(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    TimeProvider clock,
    ILogger<MeetingEndWatcher> logger) : PeriodicTenantJob(tenants, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override string Description => "Watching meeting ends";

    public override async Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        var raised = 0;
        await using var scope = scopes.CreateScope(tenant);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<NgpDbContext>();
        var outbox = services.GetRequiredService<IOutbox>();
        var now = Clock.GetUtcNow();
        var ended = await db.Set<MeetingEntry>().AsNoTracking()
            .Where(m => m.Published && !m.EndRaised && m.EndUtc <= now)
            .Select(m => new { m.MeetingId, m.OrganiserId, m.EndUtc })
            .ToListAsync(ct);
        foreach (var meeting in ended)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Conditional: with several nodes, only the one whose update wins raises the event.
            var mine = await db.Set<MeetingEntry>().Where(m => m.MeetingId == meeting.MeetingId && !m.EndRaised)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.EndRaised, true), ct);
            if (mine == 1)
            {
                outbox.Add(new MeetingEnded(meeting.MeetingId, meeting.OrganiserId, meeting.EndUtc));
                await db.SaveChangesAsync(ct);
                raised++;
            }
            await transaction.CommitAsync(ct);
        }
        return raised;
    }
}
