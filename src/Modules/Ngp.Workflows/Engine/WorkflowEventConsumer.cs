using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>
/// Turns each committed domain event into workflow work: a pending instance of every enabled type the event starts,
/// and a wakeup for every instance halted on that event and correlation. Both are written in the dispatcher's
/// transaction, with its cursor, so an event starts or resumes a workflow once, even across restarts; the runner
/// executes them afterwards, each instance in its own scope and transaction.
/// </summary>
public sealed class WorkflowEventConsumer(NgpDbContext db, WorkflowStarter starter, WorkflowSignal signal, TimeProvider clock) : IOutboxConsumer
{
    public string Name => "workflows";

    public bool Accepts(string eventType) => true;

    /// <summary>Only events that start an enabled type or that a halted instance waits for; the rest are skipped in bulk.</summary>
    public async Task<bool> AcceptsAsync(string eventType, CancellationToken ct) =>
        eventType == WorkflowEvents.Signalled
        || await db.Set<WorkflowTypeRecord>().AnyAsync(t => t.Enabled && t.StartEvent == eventType, ct)
        || await db.Set<WorkflowBlockingActivity>().AnyAsync(b => b.EventType == eventType, ct);

    public async Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct)
    {
        var payload = outboxEvent.ReadElement();
        var input = JsonNode.Parse(outboxEvent.Payload);
        var correlation = outboxEvent.ContentItemId;
        var work = 0;

        if (outboxEvent.Type == WorkflowEvents.Signalled)
        {
            var typeId = Text(payload, "workflowTypeId");
            var type = await db.Set<WorkflowTypeRecord>().AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == typeId && t.Enabled && t.StartEvent == WorkflowEvents.Signal, ct);
            if (type is not null && await starter.StartAsync(type, WorkflowTypeStore.Read(type), WorkflowEvents.Signal, input, correlation, ct) is not null)
                work++;
        }
        else
        {
            var contentType = Text(payload, "contentType");
            var types = await db.Set<WorkflowTypeRecord>().AsNoTracking().Where(t => t.Enabled && t.StartEvent == outboxEvent.Type).ToListAsync(ct);
            foreach (var type in types)
            {
                var definition = WorkflowTypeStore.Read(type);
                var filter = definition.StartEvent?.ContentTypes ?? [];
                if (filter.Count > 0 && (contentType is null || !filter.Contains(contentType, StringComparer.Ordinal)))
                    continue;
                if (await starter.StartAsync(type, definition, outboxEvent.Type, input, correlation, ct) is not null)
                    work++;
            }
        }

        // An activity waiting without a correlation takes any event of its type.
        var waiting = await db.Set<WorkflowBlockingActivity>().AsNoTracking()
            .Where(b => b.EventType == outboxEvent.Type && (b.CorrelationId == null || b.CorrelationId == correlation))
            .ToListAsync(ct);
        foreach (var blocking in waiting)
        {
            db.Add(new WorkflowWakeup
            {
                InstanceId = blocking.InstanceId,
                BlockingActivityId = blocking.Id,
                EventType = outboxEvent.Type,
                Payload = outboxEvent.Payload,
                CreatedUtc = clock.GetUtcNow(),
            });
            work++;
        }
        if (work == 0)
            return;
        await db.SaveChangesAsync(ct);
        signal.Pulse();
    }

    private static string? Text(JsonElement payload, string name) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
