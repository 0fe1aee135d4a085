using System.Globalization;

namespace Ngp.Tests.Harness;

/// <summary>
/// What a person should read for an instant or a day, written apart from the site's own formatting so that a page
/// test catches a page that shows UTC, the server's zone or ISO: Paris time, « 1er octobre 2026 à 18 h 30 » in
/// French, « 1 October 2026 at 18:30 » in English.
/// </summary>
public static class ExpectedTime
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string French(DateOnly day) => $"{(day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture))} {FrenchMonths[day.Month - 1]} {day.Year}";

    public static string English(DateOnly day) => $"{day.Day} {EnglishMonths[day.Month - 1]} {day.Year}";

    public static string French(DateTimeOffset instant)
    {
        var paris = TimeZoneInfo.ConvertTime(instant, Paris);
        return $"{French(DateOnly.FromDateTime(paris.DateTime))} à {paris.Hour} h {paris.Minute:00}";
    }

    public static string English(DateTimeOffset instant)
    {
        var paris = TimeZoneInfo.ConvertTime(instant, Paris);
        return $"{English(DateOnly.FromDateTime(paris.DateTime))} at {paris.Hour:00}:{paris.Minute:00}";
    }
}
