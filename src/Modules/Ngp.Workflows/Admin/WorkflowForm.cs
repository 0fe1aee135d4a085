using Ngp.Workflows.Model;

namespace Ngp.Workflows.Admin;

/// <summary>The editor's form: what a workflow definition looks like as HTML fields, and back.</summary>
public sealed class WorkflowForm
{
    /// <summary>Id of the type being edited; empty for a new one.</summary>
    public string? OriginalId { get; set; }

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    public bool Singleton { get; set; }

    public string StartEvent { get; set; } = "ContentPublished";

    /// <summary>An event not in the list (added by a module later), by its name.</summary>
    public string? OtherEvent { get; set; }

    public string? ContentTypes { get; set; }

    public string? Cron { get; set; }

    public string? At { get; set; }

    public List<ActivityRow> Activities { get; set; } = [];

    public List<TransitionRow> Transitions { get; set; } = [];

    public string? NewActivityType { get; set; }

    public sealed class ActivityRow
    {
        public string Id { get; set; } = "";

        public string Type { get; set; } = "";

        public bool Remove { get; set; }

        public Dictionary<string, string?> Properties { get; set; } = new(StringComparer.Ordinal);
    }

    public sealed class TransitionRow
    {
        /// <summary><c>activityId|outcome</c>: one select lists every outcome of every activity.</summary>
        public string? Source { get; set; }

        public string? To { get; set; }

        public bool Remove { get; set; }
    }

    public static WorkflowForm From(WorkflowDefinition d) => new()
    {
        OriginalId = d.Id,
        Id = d.Id,
        Name = d.Name,
        Enabled = d.Enabled,
        Singleton = d.Singleton,
        StartEvent = d.StartEvent?.Type ?? "",
        ContentTypes = d.StartEvent is null ? null : string.Join(", ", d.StartEvent.ContentTypes),
        Cron = d.StartEvent?.Cron,
        At = d.StartEvent?.At,
        Activities = d.Activities.Select(a => new ActivityRow { Id = a.Id, Type = a.Type, Properties = a.Properties.ToDictionary(p => p.Key, p => (string?)p.Value) }).ToList(),
        Transitions = d.Transitions.Select(t => new TransitionRow { Source = $"{t.From}|{t.Outcome}", To = t.To }).ToList(),
    };

    /// <summary>Drops the rows marked for removal (and the transitions that touched a removed activity).</summary>
    public void ApplyRemovals()
    {
        var removed = Activities.Where(a => a.Remove).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Activities.RemoveAll(a => a.Remove);
        Transitions.RemoveAll(t => t.Remove || removed.Contains(t.To ?? "") || removed.Contains((t.Source ?? "").Split('|')[0]));
    }

    public WorkflowDefinition ToDefinition()
    {
        var eventName = string.IsNullOrWhiteSpace(OtherEvent) ? StartEvent : OtherEvent.Trim();
        return new WorkflowDefinition
        {
            Id = Id.Trim(),
            Name = Name.Trim(),
            Enabled = Enabled,
            Singleton = Singleton,
            StartEvent = string.IsNullOrWhiteSpace(eventName) ? null : new StartEvent
            {
                Type = eventName.Trim(),
                ContentTypes = (ContentTypes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
                Cron = string.IsNullOrWhiteSpace(Cron) ? null : Cron.Trim(),
                At = string.IsNullOrWhiteSpace(At) ? null : At.Trim(),
            },
            Activities = Activities.Select(a => new ActivityDefinition
            {
                Id = a.Id.Trim(),
                Type = a.Type,
                Properties = a.Properties.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal),
            }).ToList(),
            Transitions = Transitions.Where(t => !string.IsNullOrEmpty(t.Source) && !string.IsNullOrEmpty(t.To)).Select(t =>
            {
                var parts = t.Source!.Split('|', 2);
                return new TransitionDefinition(parts[0], parts.Length > 1 ? parts[1] : "", t.To!);
            }).ToList(),
        };
    }
}
