using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Core.Web;

namespace Ngp.Contents.Parts;

/// <summary>
/// Scheduled publishing: the date and time the editor asked for (the item stays unseen until then), and the rule of
/// when a publication may be scheduled, which the API and the admin editor both apply.
/// </summary>
public sealed class PublishLaterPart : IContentPart
{
    /// <summary>Two years: room for any plan, and a year 9999 typed by mistake is caught.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(2 * 365);

    public string Name => "PublishLater";

    public string DisplayName => "Publication programmée";

    /// <summary>Why <paramref name="at"/> cannot be the publication time, in French; null when it can.</summary>
    public static string? Refusal(DateTimeOffset at, DateTimeOffset now) =>
        at <= now ? "La date de publication programmée doit être dans le futur."
        : at > now + MaxAhead ? $"La date de publication programmée est au plus deux ans à l'avance, au plus tard le {ParisTime.Date(now + MaxAhead)}."
        : null;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var text = JsonRead.Text(input, "scheduledUtc");
        if (string.IsNullOrEmpty(text))
        {
            if (input?["scheduledUtc"] is not null && text is null)
                errors.Add("La publication programmée doit être une date et une heure.");
            return new JsonObject { ["scheduledUtc"] = null };
        }
        if (!DateTimes.TryParseParis(text, out var at) || !ContentDates.Contains(at))
        {
            errors.Add(ContentDates.OutOfRange(DisplayName));
            return new JsonObject { ["scheduledUtc"] = null };
        }
        return new JsonObject { ["scheduledUtc"] = at.ToString("O", CultureInfo.InvariantCulture) };
    }
}
