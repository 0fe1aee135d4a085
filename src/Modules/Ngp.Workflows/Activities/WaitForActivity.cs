using System.Globalization;
using System.Xml;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

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
