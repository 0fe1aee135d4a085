using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Liquid;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Definitions;

/// <summary>
/// Checks a workflow type before it is saved or imported: a start event, known activities and outcomes, transitions
/// that lead somewhere, Liquid that parses. Each error is a French sentence naming the place.
/// </summary>
public sealed partial class WorkflowValidator(ActivityCatalog activities, WorkflowLiquid liquid)
{
    /// <summary>Errors by field (<c>id</c>, <c>startEvent</c>, <c>activities[2].properties.subject</c>, <c>transitions[0]</c>); empty when valid.</summary>
    public Dictionary<string, string[]> Check(WorkflowDefinition definition)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            list.Add(message);
        }

        if (!IdPattern().IsMatch(definition.Id))
            Add("id", "L'identifiant est obligatoire : lettres minuscules, chiffres et tirets (100 caractères au plus).");
        if (string.IsNullOrWhiteSpace(definition.Name))
            Add("name", "Le nom du workflow est obligatoire.");
        else if (definition.Name.Length > 200)
            Add("name", "Le nom ne doit pas dépasser 200 caractères.");

        var start = definition.StartEvent;
        if (start is null || string.IsNullOrWhiteSpace(start.Type))
            Add("startEvent", "Le workflow n'a pas d'événement de départ : choisissez celui qui le déclenche.");
        else if (!EventPattern().IsMatch(start.Type))
            Add("startEvent", $"« {start.Type} » n'est pas un nom d'événement valide.");
        else if (start.Type == WorkflowEvents.Timer)
        {
            if (string.IsNullOrWhiteSpace(start.Cron) == string.IsNullOrWhiteSpace(start.At))
                Add("startEvent", "Une minuterie demande soit une expression cron, soit une date (pas les deux).");
            else if (!string.IsNullOrWhiteSpace(start.Cron) && !TryCron(start.Cron, out _))
                Add("startEvent.cron", $"L'expression cron « {start.Cron} » est invalide (5 champs : minute heure jour mois jour-de-semaine).");
            else if (!string.IsNullOrWhiteSpace(start.At) && !TryDate(start.At, out _))
                Add("startEvent.at", $"La date « {start.At} » est invalide (format ISO 8601, par exemple 2026-12-01T09:00:00Z).");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var activity = definition.Activities[i];
            var field = $"activities[{i}]";
            if (!IdPattern().IsMatch(activity.Id) || activity.Id == WorkflowDefinition.StartId)
                Add(field + ".id", $"Activité n° {i + 1} : identifiant invalide « {activity.Id} » (lettres minuscules, chiffres, tirets ; « start » est réservé).");
            else if (!ids.Add(activity.Id))
                Add(field + ".id", $"L'identifiant d'activité « {activity.Id} » est utilisé deux fois.");
            var kind = activities.Find(activity.Type);
            if (kind is null)
            {
                Add(field + ".type", $"Activité « {activity.Id} » : le type « {activity.Type} » n'existe pas.");
                continue;
            }
            foreach (var property in kind.Properties)
            {
                var value = activity.Property(property.Name);
                var where = $"{field}.properties.{property.Name}";
                if (property.Required && string.IsNullOrWhiteSpace(value))
                {
                    Add(where, $"Activité « {activity.Id} » : « {property.Label} » est obligatoire.");
                    continue;
                }
                var liquidError = property.Kind switch
                {
                    PropertyKind.Condition => liquid.CheckCondition(value),
                    PropertyKind.Liquid or PropertyKind.LiquidMultiline => liquid.Check(value),
                    _ => null,
                };
                if (liquidError is not null)
                    Add(where, $"Activité « {activity.Id} », « {property.Label} » : {liquidError}");
            }
            if (kind is WaitForActivity && WaitForActivity.ParseDuration(activity.Property("duration")) is null && !string.IsNullOrWhiteSpace(activity.Property("duration")))
                Add(field + ".properties.duration", $"Activité « {activity.Id} » : durée invalide « {activity.Property("duration")} ».");
            if (kind is ForkActivity && kind.Outcomes(activity).Count < 2)
                Add(field + ".properties.branches", $"Activité « {activity.Id} » : une séparation demande au moins deux branches.");
            var unknownProperties = activity.Properties.Keys.Where(k => kind.Properties.All(p => p.Name != k)).ToList();
            if (unknownProperties.Count > 0)
                Add(field + ".properties", $"Activité « {activity.Id} » : propriété(s) inconnue(s) {string.Join(", ", unknownProperties)}.");
        }

        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var transition = definition.Transitions[i];
            var field = $"transitions[{i}]";
            IReadOnlyList<string>? outcomes = null;
            if (transition.From == WorkflowDefinition.StartId)
                outcomes = [Outcomes.Done];
            else if (definition.Find(transition.From) is { } from)
                outcomes = activities.Find(from.Type)?.Outcomes(from);
            else
                Add(field, $"La transition n° {i + 1} part de l'activité « {transition.From} », qui n'existe pas.");
            if (outcomes is not null && !outcomes.Contains(transition.Outcome, StringComparer.Ordinal))
                Add(field, $"La transition n° {i + 1} part de l'issue « {transition.Outcome} » de « {transition.From} », qui n'a que : {string.Join(", ", outcomes)}.");
            if (definition.Find(transition.To) is null)
                Add(field, $"La transition n° {i + 1} mène à l'activité « {transition.To} », qui n'existe pas.");
        }
        if (start is not null && definition.Activities.Count > 0 && definition.Transitions.All(t => t.From != WorkflowDefinition.StartId))
            Add("transitions", "Aucune activité ne suit l'événement de départ : reliez-le à la première activité.");
        if (definition.Activities.Count == 0)
            Add("activities", "Le workflow n'a aucune activité.");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static bool TryCron(string text, out CronExpression? cron)
    {
        try
        {
            cron = CronExpression.Parse(text.Trim());
            return true;
        }
        catch (CronFormatException)
        {
            cron = null;
            return false;
        }
    }

    public static bool TryDate(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);

    /// <summary>Next firing of a timer start event after <paramref name="now"/>; a date already passed fires at once, once.</summary>
    public static DateTimeOffset? NextTimer(StartEvent? start, DateTimeOffset now, DateTimeOffset? lastFired = null)
    {
        if (start?.Type != WorkflowEvents.Timer)
            return null;
        if (!string.IsNullOrWhiteSpace(start.Cron) && TryCron(start.Cron, out var cron))
            return cron!.GetNextOccurrence(now, TimeZoneInfo.Utc);
        if (!string.IsNullOrWhiteSpace(start.At) && TryDate(start.At, out var at) && lastFired is null)
            return at;
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,99}$")]
    private static partial Regex EventPattern();
}
