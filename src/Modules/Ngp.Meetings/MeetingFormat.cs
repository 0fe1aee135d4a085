using System.Globalization;

namespace Ngp.Meetings;

/// <summary>Dates of meetings as residents read them: Paris time, in the page's language.</summary>
public static class MeetingFormat
{
    private static readonly TimeZoneInfo _paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset Paris(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, _paris);

    /// <summary>« mardi 8 décembre 2026, 18 h 30 – 20 h 00 ».</summary>
    public static string When(DateTimeOffset startUtc, DateTimeOffset endUtc)
    {
        var culture = CultureInfo.CurrentUICulture;
        var start = Paris(startUtc);
        var end = Paris(endUtc);
        var french = culture.TwoLetterISOLanguageName == "fr";
        string Time(DateTimeOffset t) => french ? t.ToString("H' h 'mm", culture) : t.ToString("HH:mm", culture);
        var day = start.ToString(french ? "dddd d MMMM yyyy" : "dddd d MMMM yyyy", culture);
        return start.Date == end.Date
            ? $"{day}, {Time(start)} – {Time(end)}"
            : $"{day}, {Time(start)} – {end.ToString("dddd d MMMM yyyy", culture)}, {Time(end)}";
    }

    /// <summary>The machine-readable value of a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTimeOffset utc) => Paris(utc).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
