using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Engine;

/// <summary>
/// Runs one instance as far as it can go in the caller's scope and transaction: resumes the blocking activities whose
/// timer or event has come, then executes queued activities until the instance halts, finishes, or a guard stops it.
/// </summary>
public sealed class WorkflowExecutor(
    NgpDbContext db,
    ActivityCatalog catalog,
    WorkflowLiquid liquid,
    ContentQuery contents,
    ITenantContext tenant,
    IServiceProvider services,
    IOptions<WorkflowOptions> options,
    TimeProvider clock)
{
    private readonly WorkflowOptions _options = options.Value;

    /// <summary>Returns whether an activity changed content (the caller refreshes public pages after commit).</summary>
    public async Task<bool> RunAsync(WorkflowInstance instance, WorkflowDefinition definition, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var state = JsonSerializer.Deserialize<WorkflowState>(instance.State, WorkflowStarter.StateJson) ?? new WorkflowState();
        var blockings = await db.Set<WorkflowBlockingActivity>().Where(b => b.InstanceId == instance.Id).ToListAsync(ct);
        var wakeups = await db.Set<WorkflowWakeup>().Where(w => w.InstanceId == instance.Id).OrderBy(w => w.Id).ToListAsync(ct);
        var hourAgo = now.AddHours(-1);
        var messageTypes = catalog.All.Where(a => a.SendsMessages).Select(a => a.Type).ToList();
        var messages = await db.Set<WorkflowJournalEntry>()
            .CountAsync(j => j.InstanceId == instance.Id && messageTypes.Contains(j.ActivityType) && j.Utc > hourAgo, ct);
        var scope = new LiquidScope();
        await FillScopeAsync(scope, instance, definition, state, ct);
        var run = new Run(instance, definition, state, scope, blockings);

        foreach (var wakeup in wakeups)
        {
            db.Remove(wakeup);
            var blocking = blockings.FirstOrDefault(b => b.Id == wakeup.BlockingActivityId);
            if (blocking is null)
                continue;
            state.EventType = wakeup.EventType;
            state.Input = JsonNode.Parse(wakeup.Payload);
            scope.Values["Event"] = EventValue(state);
            await ResumeAsync(run, blocking, wakeup, ct);
        }
        foreach (var blocking in blockings.Where(b => b.DueTicks <= now.UtcTicks).ToList())
            await ResumeAsync(run, blocking, null, ct);

        var executed = 0;
        while (state.Queue.Count > 0)
        {
            if (executed >= _options.MaxActivitiesPerRun)
            {
                Fault(instance, state, $"Boucle arrêtée : plus de {_options.MaxActivitiesPerRun} activités en une seule exécution (réglage Ngp:Workflows:MaxActivitiesPerRun).");
                return run.ContentChanged;
            }
            var next = state.Queue[0];
            state.Queue.RemoveAt(0);
            if (definition.Find(next.ActivityId) is not { } activity || catalog.Find(activity.Type) is not { } kind)
                continue;
            if (kind.SendsMessages && ++messages > _options.MaxEmailsPerInstancePerHour)
            {
                state.Queue.Insert(0, next);
                Fault(instance, state, $"Envois arrêtés : plus de {_options.MaxEmailsPerInstancePerHour} messages en une heure pour cette instance (réglage Ngp:Workflows:MaxEmailsPerInstancePerHour).");
                return run.ContentChanged;
            }
            executed++;
            var execution = state.Executions.GetValueOrDefault(activity.Id);
            state.Executions[activity.Id] = execution + 1;
            var context = NewContext(run, activity, next.From, execution);
            ActivityResult result;
            try
            {
                result = await kind.ExecuteAsync(context, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                throw new WorkflowActivityException(activity.Id, activity.Type, e);
            }
            await AfterAsync(run, activity, context, result, ct);
        }

        instance.State = JsonSerializer.Serialize(state, WorkflowStarter.StateJson);
        instance.ModifiedUtc = clock.GetUtcNow();
        if (blockings.Count > 0)
        {
            instance.Status = WorkflowStatus.Halted;
            instance.DueTicks = blockings.Where(b => b.DueTicks is not null).Select(b => b.DueTicks).Min();
        }
        else
        {
            instance.Status = WorkflowStatus.Finished;
            instance.DueTicks = null;
            instance.FinishedUtc = instance.ModifiedUtc;
        }
        return run.ContentChanged;
    }

    private void Fault(WorkflowInstance instance, WorkflowState state, string reason)
    {
        instance.State = JsonSerializer.Serialize(state, WorkflowStarter.StateJson);
        instance.Status = WorkflowStatus.Faulted;
        instance.Fault = reason;
        instance.DueTicks = null;
        instance.ModifiedUtc = clock.GetUtcNow();
    }

    private async Task ResumeAsync(Run run, WorkflowBlockingActivity blocking, WorkflowWakeup? wakeup, CancellationToken ct)
    {
        run.Blockings.Remove(blocking);
        db.Remove(blocking);
        if (run.Definition.Find(blocking.ActivityId) is not { } activity || catalog.Find(activity.Type) is not { } kind)
            return;
        var context = NewContext(run, activity, WorkflowDefinition.StartId, run.State.Executions.GetValueOrDefault(activity.Id));
        ActivityResult result;
        try
        {
            result = await kind.ResumeAsync(context, wakeup, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new WorkflowActivityException(activity.Id, activity.Type, e);
        }
        await AfterAsync(run, activity, context, result, ct);
    }

    private ActivityContext NewContext(Run run, ActivityDefinition activity, string from, int execution) =>
        new(activity, run.Instance, run.State, run.Scope, liquid, services, clock)
        {
            From = from,
            Execution = execution,
            IncomingFrom = run.Definition.Transitions.Where(t => t.To == activity.Id).Select(t => t.From).Distinct().ToList(),
        };

    /// <summary>Journals the result, then queues the next activities or records what the instance now waits for.</summary>
    private async Task AfterAsync(Run run, ActivityDefinition activity, ActivityContext context, ActivityResult result, CancellationToken ct)
    {
        var outcome = result.Halt is not null ? "Halted" : result.Outcomes.Count == 0 ? "Waiting" : string.Join(", ", result.Outcomes);
        if (result.Note is not null)
            outcome = $"{outcome} ({Truncate(result.Note, 80)})";
        db.Add(new WorkflowJournalEntry
        {
            InstanceId = run.Instance.Id,
            ActivityId = activity.Id,
            ActivityType = activity.Type,
            Outcome = Truncate(outcome, 100),
            Utc = clock.GetUtcNow(),
        });
        if (result.Halt is { } halt)
        {
            var blocking = new WorkflowBlockingActivity
            {
                InstanceId = run.Instance.Id,
                ActivityId = activity.Id,
                DueTicks = halt.Due?.UtcTicks,
                EventType = halt.EventType,
                CorrelationId = halt.CorrelationId,
            };
            db.Add(blocking);
            run.Blockings.Add(blocking);
        }
        foreach (var name in result.Outcomes)
        {
            foreach (var transition in run.Definition.From(activity.Id, name))
                run.State.Queue.Add(new QueuedActivity(transition.To, activity.Id));
        }
        if (context.ContentChanged)
        {
            run.ContentChanged = true;
            run.Scope.Values["Content"] = await ContentValueAsync(run.Instance.CorrelationId, ct);
        }
        run.Scope.Values["Workflow"] = WorkflowValue(run.Instance, run.Definition, run.State);
    }

    private async Task FillScopeAsync(LiquidScope scope, WorkflowInstance instance, WorkflowDefinition definition, WorkflowState state, CancellationToken ct)
    {
        scope.Values["Content"] = await ContentValueAsync(instance.CorrelationId, ct);
        scope.Values["Event"] = EventValue(state);
        scope.Values["Workflow"] = WorkflowValue(instance, definition, state);
        var current = tenant.Tenant;
        scope.Values["Tenant"] = new Dictionary<string, object?>
        {
            ["Name"] = current.Name,
            ["DisplayName"] = current.DisplayName,
            ["PathBase"] = current.PathBase,
        };
    }

    private static Dictionary<string, object?> EventValue(WorkflowState state)
    {
        var value = WorkflowLiquid.ToLiquid(state.Input) as Dictionary<string, object?> ?? new Dictionary<string, object?>();
        value["eventType"] = state.EventType;
        return value;
    }

    private static Dictionary<string, object?> WorkflowValue(WorkflowInstance instance, WorkflowDefinition definition, WorkflowState state) => new()
    {
        ["Id"] = definition.Id,
        ["Name"] = definition.Name,
        ["InstanceId"] = instance.Id,
        ["CorrelationId"] = instance.CorrelationId,
        ["Properties"] = state.Properties.ToDictionary(p => p.Key, p => WorkflowLiquid.ToLiquid(p.Value)),
        ["Outputs"] = state.Outputs.ToDictionary(p => p.Key, p => WorkflowLiquid.ToLiquid(p.Value)),
    };

    /// <summary>The item the instance concerns, as Liquid reads it: <c>Content.DisplayText</c>, <c>Content.Fields.Lieu</c>, <c>Content.Parts.Summary.text</c>.</summary>
    private async Task<Dictionary<string, object?>?> ContentValueAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || await contents.LatestAsync(id, ct) is not { } item)
            return null;
        var data = ContentQuery.Data(item);
        var published = item.Published ? item : await contents.PublishedAsync(id, ct);
        return new Dictionary<string, object?>
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Slug"] = item.Slug,
            ["Status"] = item.Status.ToString(),
            ["Published"] = published is not null,
            ["Ambition"] = item.Ambition,
            ["OwnerId"] = item.OwnerId,
            ["AuthorId"] = item.AuthorId,
            ["Url"] = published is null ? null : await contents.RelativeUrlAsync(published, ct),
            ["Parts"] = WorkflowLiquid.ToLiquid(data["parts"]),
            ["Fields"] = (data["fields"] as JsonObject)?.ToDictionary(f => f.Key, f => WorkflowLiquid.ToLiquid(f.Value is JsonObject o && o.ContainsKey("value") ? o["value"] : f.Value)),
        };
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private sealed class Run(WorkflowInstance instance, WorkflowDefinition definition, WorkflowState state, LiquidScope scope, List<WorkflowBlockingActivity> blockings)
    {
        public WorkflowInstance Instance { get; } = instance;

        public WorkflowDefinition Definition { get; } = definition;

        public WorkflowState State { get; } = state;

        public LiquidScope Scope { get; } = scope;

        public List<WorkflowBlockingActivity> Blockings { get; } = blockings;

        public bool ContentChanged { get; set; }
    }
}
