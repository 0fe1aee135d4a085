using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Data;
using Ngp.Core.Leasing;
using Ngp.Core.Tenancy;

namespace Ngp.Core.Outbox;

/// <summary>
/// Hands each tenant's committed events to every <see cref="IOutboxConsumer"/>, once and in order. A consumer's
/// cursor row is also its lease, so two processes or two web nodes on one database never hand the same event to
/// the same consumer; each event is handled in its own scope and transaction, committed with the cursor.
/// </summary>
public sealed class OutboxDispatcher(
    IRunningTenants tenants,
    ITenantScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    Telemetry.NgpMetrics metrics,
    ILogger<OutboxDispatcher> logger) : TenantLoop(tenants, logger)
{
    // PostgreSQL hands out ids when a row is inserted, not when it commits: a gap may be a transaction still
    // running. A gap younger than this is waited for; older, it was a rollback and is passed.
    private static readonly TimeSpan _gapWait = TimeSpan.FromSeconds(5);

    private readonly string _owner = LeaseOwners.New();
    private readonly ConcurrentDictionary<(string Tenant, string Consumer, long Missing), long> _gapsSeen = new();

    // The lease keeps other processes out; this keeps this process's own loops (the background one, a drain) from
    // running one consumer twice at once under the same lease owner.
    private readonly ConcurrentDictionary<(string Tenant, string Consumer), SemaphoreSlim> _running = new();
    private readonly OutboxOptions _options = options.Value;

    /// <summary>How long <see cref="DrainAsync"/> waits for the consumers before reporting where each one stands.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(2);

    protected override string Description => "Outbox dispatch";

    protected override bool Enabled => _options.Enabled;

    protected override LoopTrigger CreateTrigger() => LoopTrigger.OnSignal(signal, _options.PollInterval, _options.GatherDelay);

    public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct) => DispatchAsync(tenant, ct);

    /// <summary>Hands the tenant's pending events to each consumer whose lease this process can take; returns the events handled.</summary>
    public async Task<int> DispatchAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        List<string> consumers;
        long lastId;
        Dictionary<string, long> positions;
        await using (var scope = scopes.CreateScope(tenant))
        {
            consumers = scope.ServiceProvider.GetServices<IOutboxConsumer>().Select(c => c.Name).Distinct().ToList();
            if (consumers.Count == 0)
                return 0;
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            lastId = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0;
            positions = await db.OutboxCursors.AsNoTracking().ToDictionaryAsync(c => c.Consumer, c => c.LastEventId, ct);
        }
        metrics.OutboxLag(tenant.Name, lastId - consumers.Min(c => positions.GetValueOrDefault(c)));

        var handled = 0;
        foreach (var consumer in consumers)
        {
            var hasCursor = positions.TryGetValue(consumer, out var position);
            if (hasCursor && position >= lastId)
                continue;
            handled += await DispatchConsumerAsync(tenant, consumer, hasCursor, ct);
        }
        return handled;
    }

    /// <summary>
    /// Dispatches until every consumer has passed the events present when called; for tests and tools that need
    /// the consequences of a change now. Waits while another process holds a lease.
    /// </summary>
    public async Task DrainAsync(TenantDescriptor tenant, CancellationToken ct = default)
    {
        long target;
        await using (var scope = scopes.CreateScope(tenant))
            target = await scope.ServiceProvider.GetRequiredService<NgpDbContext>().OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0;

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            await DispatchAsync(tenant, ct);
            await using var scope = scopes.CreateScope(tenant);
            var consumers = scope.ServiceProvider.GetServices<IOutboxConsumer>().Select(c => c.Name).Distinct().ToList();
            var cursors = await scope.ServiceProvider.GetRequiredService<NgpDbContext>().OutboxCursors.AsNoTracking().ToListAsync(ct);
            var behind = consumers.Where(c => cursors.FirstOrDefault(x => x.Consumer == c)?.LastEventId < target || cursors.All(x => x.Consumer != c)).ToList();
            if (behind.Count == 0 || target == 0)
                return;
            if (deadline.Elapsed > DrainTimeout)
                throw new TimeoutException($"Outbox consumers {string.Join(", ", behind)} of tenant {tenant.Name} did not reach event {target}: "
                    + string.Join("; ", cursors.Where(c => behind.Contains(c.Consumer)).Select(c => $"{c.Consumer} at {c.LastEventId}, {c.Attempts} attempts, {c.LastError}")));
            await Task.Delay(50, ct);
        }
    }

    private async Task<int> DispatchConsumerAsync(TenantDescriptor tenant, string consumer, bool hasCursor, CancellationToken ct)
    {
        var gate = _running.GetOrAdd((tenant.Name, consumer), _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, ct))
            return 0;
        try
        {
            return await DispatchLeasedAsync(tenant, consumer, hasCursor, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// One consumer's pass under its lease. The lease, the cursor reads and moves share one scope (the events are
    /// handled each in its own). Events the consumer ignores move the cursor in memory: it is written before the next
    /// event handled, with the lease's release, or with a renewal of the lease when the pass runs long. A pass that
    /// only skips events, however many, costs two writes (take and release): a burst of votes had the five consumers
    /// write the cursor every hundred events, as many commits as the votes' own.
    /// </summary>
    private async Task<int> DispatchLeasedAsync(TenantDescriptor tenant, string consumer, bool hasCursor, CancellationToken ct)
    {
        await using var control = scopes.CreateScope(tenant);
        var db = control.ServiceProvider.GetRequiredService<NgpDbContext>();
        if (!await TryTakeLeaseAsync(db, consumer, hasCursor, ct))
            return 0;
        var handled = 0;
        // The cursor as written (stored) and as far as this pass has skipped events it ignores (skippedTo).
        long stored = 0, skippedTo = 0;
        var renewed = Stopwatch.StartNew();
        try
        {
            var filter = control.ServiceProvider.GetServices<IOutboxConsumer>().First(c => c.Name == consumer);
            var position = stored = skippedTo = await db.OutboxCursors.Where(c => c.Consumer == consumer).Select(c => c.LastEventId).SingleAsync(ct);
            while (true)
            {
                // Ids and types first: most consumers ignore most events (a burst of votes), and need not read their payloads.
                var batch = await db.OutboxMessages.AsNoTracking().Where(m => m.Id > position).OrderBy(m => m.Id).Take(_options.BatchSize)
                    .Select(m => new EventHeader(m.Id, m.Type)).ToListAsync(ct);
                if (batch.Count == 0)
                    return handled;
                List<string> acceptedTypes = [];
                foreach (var type in batch.Select(m => m.Type).Distinct())
                {
                    if (filter.Accepts(type) && await filter.AcceptsAsync(type, ct))
                        acceptedTypes.Add(type);
                }
                var from = position;
                var to = batch[^1].Id;
                var accepted = acceptedTypes.Count == 0
                    ? []
                    : await db.OutboxMessages.AsNoTracking().Where(m => m.Id > from && m.Id <= to && acceptedTypes.Contains(m.Type)).ToDictionaryAsync(m => m.Id, ct);

                foreach (var message in batch)
                {
                    if (message.Id != position + 1 && !GapIsOld(tenant, consumer, position + 1))
                        return handled;
                    position = message.Id;
                    if (!accepted.TryGetValue(message.Id, out var full))
                    {
                        skippedTo = message.Id;
                        continue;
                    }
                    if (!await AdvanceAsync(db, consumer, stored, skippedTo, ct))
                        return handled;
                    stored = skippedTo;
                    if (!await HandleAsync(tenant, consumer, full, ct))
                        return handled;
                    stored = skippedTo = message.Id;
                    renewed.Restart();
                    handled++;
                }
                if (batch.Count < _options.BatchSize)
                    return handled;
                if (renewed.Elapsed > _options.LeaseDuration / 4)
                {
                    if (!await AdvanceAsync(db, consumer, stored, skippedTo, ct))
                        return handled;
                    stored = skippedTo;
                    renewed.Restart();
                }
            }
        }
        finally
        {
            await ReleaseLeaseAsync(db, tenant, consumer, skippedTo > stored ? skippedTo : 0);
        }
    }

    private sealed record EventHeader(long Id, string Type);

    /// <summary>Handles one event in its own scope and transaction: true when committed, false when it failed or the lease was lost.</summary>
    private async Task<bool> HandleAsync(TenantDescriptor tenant, string consumerName, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateScope(tenant);
            var consumer = scope.ServiceProvider.GetServices<IOutboxConsumer>().First(c => c.Name == consumerName);
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await consumer.HandleAsync(new OutboxEvent(message.Id, message.Type, message.Payload, message.CreatedUtc), ct);
            await db.SaveChangesAsync(ct);
            var leaseUntil = clock.GetUtcNow().Add(_options.LeaseDuration).UtcTicks;
            var moved = await db.OutboxCursors
                .Where(c => c.Consumer == consumerName && c.LastEventId < message.Id).WhereLeaseHeldBy(_owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.LastEventId, message.Id)
                    .SetProperty(c => c.Attempts, 0)
                    .SetProperty(c => c.LastError, (string?)null)
                    .SetProperty(c => c.LeaseUntilTicks, leaseUntil), ct);
            if (moved == 0)
            {
                // The lease was lost (this process stalled past its duration): another dispatcher owns the event now.
                logger.LogWarning("Outbox consumer {Consumer} of tenant {Tenant} lost its lease at event {Event}", consumerName, tenant.Name, message.Id);
                return false;
            }
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Outbox consumer {Consumer} failed on event {Event} ({Type}) of tenant {Tenant}", consumerName, message.Id, message.Type, tenant.Name);
            await RecordFailureAsync(tenant, consumerName, message, e, ct);
            return false;
        }
    }

    private async Task RecordFailureAsync(TenantDescriptor tenant, string consumer, OutboxMessage message, Exception error, CancellationToken ct)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var cursor = await db.OutboxCursors.SingleAsync(c => c.Consumer == consumer, ct);
        if (cursor.LeaseOwner != _owner)
            return;
        var now = clock.GetUtcNow();
        cursor.Attempts++;
        cursor.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 2000);
        if (cursor.Attempts >= _options.MaxAttempts)
        {
            // Set aside so that one poisoned event never blocks the tenant's later ones.
            db.OutboxFailures.Add(new OutboxFailure
            {
                Consumer = consumer,
                EventId = message.Id,
                EventType = message.Type,
                Error = cursor.LastError,
                FailedUtc = now,
            });
            cursor.LastEventId = message.Id;
            cursor.Attempts = 0;
            cursor.RetryAfterTicks = 0;
        }
        else
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, cursor.Attempts)));
            cursor.RetryAfterTicks = now.Add(backoff).UtcTicks;
        }
        await db.SaveChangesAsync(ct);
    }

    private bool GapIsOld(TenantDescriptor tenant, string consumer, long missing)
    {
        var key = (tenant.Name, consumer, missing);
        var firstSeen = _gapsSeen.GetOrAdd(key, _ => Stopwatch.GetTimestamp());
        if (Stopwatch.GetElapsedTime(firstSeen) < _gapWait)
            return false;
        _gapsSeen.TryRemove(key, out _);
        return true;
    }

    /// <summary>
    /// Writes the cursor past the events skipped since it was last stored, renewing the lease in the same statement;
    /// false when the lease was lost (another dispatcher owns the consumer now).
    /// </summary>
    private async Task<bool> AdvanceAsync(NgpDbContext db, string consumer, long stored, long skippedTo, CancellationToken ct)
    {
        if (skippedTo <= stored)
            return true;
        var until = clock.GetUtcNow().Add(_options.LeaseDuration).UtcTicks;
        return await db.OutboxCursors
            .Where(c => c.Consumer == consumer).WhereLeaseHeldBy(_owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.LastEventId, c => c.LastEventId < skippedTo ? skippedTo : c.LastEventId)
                .SetProperty(c => c.LeaseUntilTicks, until), ct) == 1;
    }

    private async Task<bool> TryTakeLeaseAsync(NgpDbContext db, string consumer, bool hasCursor, CancellationToken ct)
    {
        if (!hasCursor && !await db.OutboxCursors.AnyAsync(c => c.Consumer == consumer, ct))
        {
            try
            {
                db.OutboxCursors.Add(new OutboxCursor { Consumer = consumer });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another process created it first.
            }
        }
        var now = clock.GetUtcNow();
        var nowTicks = now.UtcTicks;
        var until = now.Add(_options.LeaseDuration).UtcTicks;
        var taken = await db.OutboxCursors
            .Where(c => c.Consumer == consumer && c.RetryAfterTicks <= nowTicks)
            .WhereLeaseFreeOrHeldBy(_owner, nowTicks)
            .TakeLeaseAsync(_owner, until, ct);
        return taken == 1;
    }

    /// <summary>Frees the lease and, in the same statement, moves the cursor past the events skipped last (none when 0).</summary>
    private async Task ReleaseLeaseAsync(NgpDbContext db, TenantDescriptor tenant, string consumer, long advanceTo)
    {
        try
        {
            await db.OutboxCursors
                .Where(c => c.Consumer == consumer).WhereLeaseHeldBy(_owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.LeaseOwner, (string?)null)
                    .SetProperty(c => c.LeaseUntilTicks, 0L)
                    .SetProperty(c => c.LastEventId, c => c.LastEventId < advanceTo ? advanceTo : c.LastEventId));
        }
        catch (Exception e)
        {
            // The lease expires by itself; another pass or node takes it then.
            logger.LogWarning(e, "Could not release the outbox lease of {Consumer} in tenant {Tenant}", consumer, tenant.Name);
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
