using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Definitions;

/// <summary>The tenant's workflow types: list, read, save (validated; an existing id is updated), enable, delete.</summary>
public sealed class WorkflowTypeStore(NgpDbContext db, WorkflowValidator validator, TimeProvider clock)
{
    public const string NotFoundMessage = "Ce workflow n'existe pas.";

    private DbSet<WorkflowTypeRecord> Types => db.Set<WorkflowTypeRecord>();

    public Task<List<WorkflowTypeRecord>> ListAsync(CancellationToken ct) => Types.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);

    public async Task<WorkflowDefinition?> FindAsync(string id, CancellationToken ct)
    {
        var record = await Types.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        return record is null ? null : Read(record);
    }

    public static WorkflowDefinition Read(WorkflowTypeRecord record) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(record.Definition, WorkflowDefinition.Json)! with
        {
            Enabled = record.Enabled,
            Version = record.Version,
        };

    /// <summary>Parses a definition from JSON, with a French reason when it cannot be read.</summary>
    public static Result<WorkflowDefinition> Parse(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, WorkflowDefinition.Json);
            if (definition is null)
                return Result.Invalid("Le workflow est vide.");
            if (definition.Activities.Contains(null!) || definition.Transitions.Contains(null!))
                return Result.Invalid("Une activité ou une transition du workflow est vide (null).");
            return definition;
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 1 } path ? $", à « {path} »" : "";
            return Result.Invalid($"Le workflow n'est pas un JSON valide (ligne {(e.LineNumber ?? 0) + 1}{where}) : vérifiez la syntaxe, le type des valeurs et qu'aucune valeur obligatoire n'est null.");
        }
    }

    /// <summary>Creates the type or updates the one with the same id (its version goes up when its content changes).</summary>
    public async Task<Result<WorkflowDefinition>> SaveAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        var errors = validator.Check(definition);
        if (errors.Count > 0)
            return Result.Invalid("Le workflow n'est pas valide : " + string.Join(" ", errors.SelectMany(e => e.Value)), errors);
        var now = clock.GetUtcNow();
        var record = await Types.SingleOrDefaultAsync(t => t.Id == definition.Id, ct);
        var stored = definition with { Version = 0, Enabled = true };
        var json = JsonSerializer.Serialize(stored, WorkflowDefinition.Json);
        if (record is null)
        {
            record = new WorkflowTypeRecord
            {
                Id = definition.Id,
                Name = definition.Name.Trim(),
                StartEvent = definition.StartEvent!.Type,
                Definition = json,
                Version = Math.Max(1, definition.Version),
            };
            Types.Add(record);
        }
        else if (record.Definition != json)
        {
            record.Version = Math.Max(record.Version + 1, definition.Version);
        }
        var startChanged = record.Definition != json || record.Enabled != definition.Enabled;
        record.Name = definition.Name.Trim();
        record.StartEvent = definition.StartEvent!.Type;
        record.Singleton = definition.Singleton;
        record.Enabled = definition.Enabled;
        record.Definition = json;
        record.ModifiedUtc = now;
        if (startChanged)
            record.NextTimerTicks = definition.Enabled ? WorkflowValidator.NextTimer(definition.StartEvent, now)?.UtcTicks : null;
        await db.SaveChangesAsync(ct);
        return Read(record);
    }

    public async Task<Result> SetEnabledAsync(string id, bool enabled, CancellationToken ct)
    {
        var record = await Types.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (record is null)
            return Result.NotFound(NotFoundMessage);
        if (record.Enabled == enabled)
            return Result.Success();
        record.Enabled = enabled;
        record.ModifiedUtc = clock.GetUtcNow();
        record.NextTimerTicks = enabled ? WorkflowValidator.NextTimer(Read(record).StartEvent, clock.GetUtcNow())?.UtcTicks : null;
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
