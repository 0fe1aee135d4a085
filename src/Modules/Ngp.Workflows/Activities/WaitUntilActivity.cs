using System.Globalization;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

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
