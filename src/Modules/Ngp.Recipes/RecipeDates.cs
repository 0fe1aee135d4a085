using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ngp.Core.Web;

namespace Ngp.Recipes;

/// <summary>
/// Keeps a demo recipe current: a recipe written « as of » a day (<see cref="Recipe.DatesAsOf"/>) has every date in its
/// steps moved by the whole weeks between that day and the day it runs, so its meetings stay ahead, its past meeting
/// stays recent and its consultations stay open, on the weekdays they were written for.
/// </summary>
public static partial class RecipeDates
{
    // A date, a local date and time, or an instant: exactly what date fields and parts read, nothing inside text.
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?<time>T\d{2}:\d{2}(:\d{2})?)?(?<zone>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDate();

    /// <summary>Whole weeks, in days, from <paramref name="asOf"/> to the Paris date of <paramref name="now"/>.</summary>
    public static int ShiftDays(DateOnly asOf, DateTimeOffset now)
    {
        var today = ParisTime.Day(now);
        var days = today.DayNumber - asOf.DayNumber;
        return (int)Math.Floor(days / 7.0) * 7;
    }

    /// <summary>The step with every date value moved by <paramref name="days"/>; other values untouched.</summary>
    public static JsonElement Shift(JsonElement step, int days)
    {
        if (days == 0)
            return step;
        var node = JsonNode.Parse(step.GetRawText())!;
        ShiftWithin(node, days);
        return JsonSerializer.SerializeToElement(node);
    }

    private static void ShiftWithin(JsonNode node, int days)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                if (Moved(child, days) is { } moved)
                    obj[key] = moved;
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (Moved(array[i], days) is { } moved)
                    array[i] = moved;
            }
        }
    }

    // A string that is a date gives its moved value; any other node has the dates within it moved in place.
    private static JsonValue? Moved(JsonNode? node, int days)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            return ShiftText(value.GetValue<string>(), days) is { } shifted ? JsonValue.Create(shifted) : null;
        if (node is not null)
            ShiftWithin(node, days);
        return null;
    }

    private static string? ShiftText(string text, int days)
    {
        var match = IsoDate().Match(text);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        var moved = date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return moved + match.Groups["time"].Value + match.Groups["zone"].Value;
    }
}
