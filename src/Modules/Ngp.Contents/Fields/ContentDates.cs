using System.Globalization;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

/// <summary>
/// The dates content may hold, 1900 to 2200: wide enough for a building's history and its plans, and far from the
/// ends of the calendar, where time zones and date arithmetic (« 90 days later ») fail.
/// </summary>
public static class ContentDates
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2200, 12, 31);

    public static bool Contains(DateOnly day) => day >= First && day <= Last;

    /// <summary>Whether the instant falls on a day of the range in Paris.</summary>
    public static bool Contains(DateTimeOffset instant) =>
        instant.UtcDateTime.Year >= First.Year - 1 && instant.UtcDateTime.Year <= Last.Year + 1
        && Contains(ParisTime.Day(instant));

    /// <summary>The French refusal naming the field and the range.</summary>
    public static string OutOfRange(string label) =>
        $"« {label} » doit être une date entre le {First.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} et le {Last.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.";

    /// <summary>A day written AAAA-MM-JJ inside the range; otherwise a French problem naming <paramref name="label"/>.</summary>
    public static DateOnly? ReadDay(string? text, string label, ICollection<string> errors)
    {
        if (!DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add($"« {label} » doit être une date (AAAA-MM-JJ).");
            return null;
        }
        if (!Contains(day))
        {
            errors.Add(OutOfRange(label));
            return null;
        }
        return day;
    }
}
