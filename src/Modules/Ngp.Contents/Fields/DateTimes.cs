using System.Globalization;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

/// <summary>Dates typed in forms are Paris local time; stored and exchanged in UTC.</summary>
public static class DateTimes
{
    /// <summary>Reads an ISO date-time; without an offset it is taken as Paris time.</summary>
    public static bool TryParseParis(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            instant = parsed.ToUniversalTime();
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // At the ends of the calendar Paris's offset would push the instant out of range; such a date is refused later anyway.
            if (local.Year is <= 1 or >= 9999)
            {
                instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
                return true;
            }
            instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ParisTime.Zone.GetUtcOffset(local)).ToUniversalTime();
            return true;
        }
        return false;
    }
}
