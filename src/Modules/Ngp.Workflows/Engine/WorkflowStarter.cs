using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>
/// Creates instances in the caller's unit of work (the outbox consumer's transaction, or a timer's), as pending rows
/// the runner executes later in their own scope and transaction.
/// </summary>
public sealed class WorkflowStarter(NgpDbContext db, TimeProvider clock)
{
    // Readable accents in the stored state (the admin shows it); it is never embedded in HTML unencoded.
    public static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Null when a singleton type already has an unfinished instance.</summary>
    public async Task<WorkflowInstance?> StartAsync(WorkflowTypeRecord type, WorkflowDefinition definition, string eventType, JsonNode? input, string? correlationId, CancellationToken ct)
    {
        if (type.Singleton && (await db.Set<WorkflowInstance>().AnyAsync(i => i.WorkflowTypeId == type.Id && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Halted), ct)
            || db.ChangeTracker.Entries<WorkflowInstance>().Any(e => e.Entity.WorkflowTypeId == type.Id && e.State == EntityState.Added)))
            return null;
        var now = clock.GetUtcNow();
        var state = new WorkflowState
        {
            EventType = eventType,
            Input = input,
            Queue = definition.From(WorkflowDefinition.StartId, Outcomes.Done).Select(t => new QueuedActivity(t.To, WorkflowDefinition.StartId)).ToList(),
        };
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid().ToString("N"),
            WorkflowTypeId = type.Id,
            TypeVersion = type.Version,
            Status = WorkflowStatus.Running,
            CorrelationId = correlationId is { Length: > 100 } ? correlationId[..100] : correlationId,
            State = JsonSerializer.Serialize(state, StateJson),
            DueTicks = now.UtcTicks,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
        db.Set<WorkflowInstance>().Add(instance);
        return instance;
    }
}
