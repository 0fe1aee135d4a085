using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>Reading instances for the admin and the API, and the retry of a faulted one.</summary>
public sealed class WorkflowInstances(NgpDbContext db, TimeProvider clock, WorkflowSignal signal)
{
    public const string NotFoundMessage = "Cette instance de workflow n'existe pas.";

    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(string? workflowTypeId, WorkflowStatus? status, int take, CancellationToken ct)
    {
        var query = db.Set<WorkflowInstance>().AsNoTracking();
        if (workflowTypeId is not null)
            query = query.Where(i => i.WorkflowTypeId == workflowTypeId);
        if (status is { } wanted)
            query = query.Where(i => i.Status == wanted);
        var rows = await query.OrderByDescending(i => i.CreatedUtc).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return rows.Select(Summary).ToList();
    }

    /// <summary>How many instances of the type are in each status.</summary>
    public async Task<Dictionary<string, int>> CountsAsync(string workflowTypeId, CancellationToken ct)
    {
        var counts = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.WorkflowTypeId == workflowTypeId)
            .GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<WorkflowStatus>().ToDictionary(s => s.ToString().ToLowerInvariant(), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<InstanceDetail?> FindAsync(string id, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
            return null;
        var journal = await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id)
            .Select(j => new JournalRow(j.ActivityId, j.ActivityType, j.Outcome, j.Utc)).ToListAsync(ct);
        var waiting = await db.Set<WorkflowBlockingActivity>().AsNoTracking().Where(b => b.InstanceId == id).ToListAsync(ct);
        var waits = waiting.Select(b => new WorkflowWait(b.ActivityId, b.DueTicks is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null, b.EventType, b.CorrelationId)).ToList();
        return new InstanceDetail(Summary(instance), journal, waits, instance.State);
    }

    /// <summary>A faulted instance runs again from where its last successful run left it.</summary>
    public async Task<Result<InstanceSummary>> RetryAsync(string id, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instance is null)
            return Result.NotFound(NotFoundMessage);
        if (instance.Status != WorkflowStatus.Faulted)
            return Result.Conflict("Seule une instance en erreur peut être relancée.");
        var now = clock.GetUtcNow();
        instance.Status = WorkflowStatus.Running;
        instance.Fault = null;
        instance.DueTicks = now.UtcTicks;
        instance.ModifiedUtc = now;
        await db.SaveChangesAsync(ct);
        signal.Pulse();
        return Summary(instance);
    }

    public static InstanceSummary Summary(WorkflowInstance i) =>
        new(i.Id, i.WorkflowTypeId, i.Status.ToString(), i.CorrelationId, i.CreatedUtc, i.ModifiedUtc, i.FinishedUtc, i.Fault);
}
