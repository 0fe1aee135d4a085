using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Liquid condition → <c>True</c> or <c>False</c>.</summary>
public sealed class IfElseActivity : IActivity
{
    public string Type => "IfElse";

    public string Label => "Si / sinon";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("condition", "Condition (expression Liquid)", PropertyKind.Condition, Required: true, Hint: "Exemple : Content.ContentType == \"News\"")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.True, Activities.Outcomes.False];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        ActivityResult.Outcome(await context.ConditionAsync("condition") ? Activities.Outcomes.True : Activities.Outcomes.False);
}

/// <summary>Sets a workflow property (<c>Workflow.Properties.name</c>) to a rendered value.</summary>
public sealed class SetPropertyActivity : IActivity
{
    public string Type => "SetProperty";

    public string Label => "Définir une propriété";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("name", "Nom de la propriété", PropertyKind.Text, Required: true),
        new("value", "Valeur (Liquid)", PropertyKind.Liquid),
    ];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var value = await context.RenderAsync("value");
        context.State.Properties[context.Activity.Property("name")] = JsonValue.Create(value);
        return ActivityResult.Outcome(Activities.Outcomes.Done);
    }
}

/// <summary>Writes a line in the instance's log, shown with its journal.</summary>
public sealed class LogActivity : IActivity
{
    public string Type => "Log";

    public string Label => "Journaliser un message";

    public IReadOnlyList<ActivityProperty> Properties { get; } = [new("message", "Message (Liquid)", PropertyKind.Liquid, Required: true)];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var message = await context.RenderAsync("message");
        context.State.Log.Add($"{context.Now:O} {message}");
        context.SetOutput(JsonValue.Create(message));
        return ActivityResult.Outcome(Activities.Outcomes.Done);
    }
}

/// <summary>Halts for a duration (<c>00:30:00</c>, <c>2.00:00:00</c> or ISO 8601 <c>P2D</c>).</summary>
public sealed class WaitForActivity : IActivity
{
    public string Type => "WaitFor";

    public string Label => "Attendre une durée";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("duration", "Durée", PropertyKind.Text, Required: true, Hint: "Exemples : 00:30:00 (30 minutes), 2.00:00:00 ou P2D (2 jours)")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public static TimeSpan? ParseDuration(string text)
    {
        text = text.Trim();
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
            return span;
        if (text.StartsWith('P'))
        {
            try
            {
                var iso = XmlConvert.ToTimeSpan(text);
                return iso > TimeSpan.Zero ? iso : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var duration = ParseDuration(context.Activity.Property("duration"))
            ?? throw new InvalidOperationException($"Durée invalide : « {context.Activity.Property("duration")} ».");
        return Task.FromResult(ActivityResult.HaltUntil(context.Now + duration));
    }
}

/// <summary>Halts until a date and time given by a Liquid expression (a meeting's date plus a day, say).</summary>
public sealed class WaitUntilActivity : IActivity
{
    public string Type => "WaitUntil";

    public string Label => "Attendre une date";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("until", "Date et heure (Liquid, ISO 8601, UTC si sans fuseau)", PropertyKind.Liquid, Required: true, Hint: "Exemple : 2026-12-01T09:00:00Z")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var text = (await context.RenderAsync("until")).Trim();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due))
            throw new InvalidOperationException($"Date invalide : « {text} ».");
        return ActivityResult.HaltUntil(due);
    }
}

/// <summary>Halts until an event of a type arrives for a correlation (by default the instance's own).</summary>
public sealed class WaitForEventActivity : IActivity
{
    public string Type => "WaitForEvent";

    public string Label => "Attendre un événement";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("event", "Événement attendu", PropertyKind.Text, Required: true, Hint: "Exemples : ContentPublished, CommentPosted, ConsultationClosed"),
        new("correlation", "Corrélation (Liquid ; vide : celle du workflow)", PropertyKind.Liquid),
    ];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var correlation = (await context.RenderAsync("correlation")).Trim();
        return ActivityResult.HaltFor(context.Activity.Property("event").Trim(), correlation.Length > 0 ? correlation : context.Instance.CorrelationId);
    }
}

/// <summary>Starts several branches at once: one outcome per branch name.</summary>
public sealed class ForkActivity : IActivity
{
    public string Type => "Fork";

    public string Label => "Séparer en branches";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("branches", "Branches (noms séparés par des virgules)", PropertyKind.Text, Required: true, Hint: "Exemple : A, B")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) =>
        activity.Property("branches").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        Task.FromResult(new ActivityResult { Outcomes = Outcomes(context.Activity) });
}

/// <summary>Waits for its incoming branches: all of them (<c>all</c>) or the first (<c>any</c>).</summary>
public sealed class JoinActivity : IActivity
{
    public string Type => "Join";

    public string Label => "Rejoindre des branches";

    public IReadOnlyList<ActivityProperty> Properties { get; } =
        [new("mode", "Mode (all : toutes les branches ; any : la première)", PropertyKind.Text, Hint: "all ou any")];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var id = context.Activity.Id;
        if (!context.State.Joins.TryGetValue(id, out var arrived))
            context.State.Joins[id] = arrived = [];
        if (!arrived.Contains(context.From))
            arrived.Add(context.From);
        var any = string.Equals(context.Activity.Property("mode").Trim(), "any", StringComparison.OrdinalIgnoreCase);
        if (any)
            return Task.FromResult(arrived.Count == 1 ? ActivityResult.Outcome(Activities.Outcomes.Done) : ActivityResult.Outcome());
        if (context.IncomingFrom.All(arrived.Contains))
        {
            context.State.Joins.Remove(id);
            return Task.FromResult(ActivityResult.Outcome(Activities.Outcomes.Done));
        }
        return Task.FromResult(ActivityResult.Outcome());
    }
}
