using System.Globalization;

namespace Ngp.Core.Web;

/// <summary>
/// Every date and time a person reads, on pages, in e-mails and in messages: Europe/Paris, in French
/// (« 1er octobre 2026 à 18 h 30 ») or, in the site's English (en-GB), « 1 October 2026 at 18:30 ». Values for machines
/// (<c>&lt;time datetime&gt;</c>, iCalendar, JSON, CSV columns) stay ISO 8601: <see cref="Iso"/> gives the attribute's.
/// Without a culture, the request's language decides; text that is French whatever the page (a refusal, a synthesis)
/// passes <see cref="French"/>.
/// </summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The day it is in Paris at that instant.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToParis(instant).DateTime);

    /// <summary>
    /// Midnight of a Paris day, as a UTC instant (what queries take: PostgreSQL refuses other offsets). DST changes at
    /// 2 or 3 a.m., so midnight always exists, once.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>« 1er octobre 2026 », « 12 mars 2026 »; « 1 October 2026 ».</summary>
    public static string Date(DateOnly day, CultureInfo? culture = null) =>
        IsFrench(culture)
            ? $"{(day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture))} {day.ToString("MMMM yyyy", French)}"
            : day.ToString("d MMMM yyyy", English);

    public static string Date(DateTimeOffset instant, CultureInfo? culture = null) => Date(Day(instant), culture);

    /// <summary>A stored day (<c>2026-10-01</c>) as a person reads it; anything that is not one is shown as it was typed.</summary>
    public static string Date(string? isoDay, CultureInfo? culture = null) =>
        DateOnly.TryParseExact(isoDay?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Date(day, culture)
            : isoDay ?? "";

    /// <summary>« mardi 1er octobre 2026 »; « Tuesday 1 October 2026 ».</summary>
    public static string DayAndDate(DateTimeOffset instant, CultureInfo? culture = null)
    {
        var language = Language(culture);
        return $"{language.DateTimeFormat.GetDayName(ToParis(instant).DayOfWeek)} {Date(instant, language)}";
    }

    /// <summary>« 18 h 30 », « 9 h 05 »; « 18:30 », « 09:05 ».</summary>
    public static string Time(DateTimeOffset instant, CultureInfo? culture = null) =>
        ToParis(instant).ToString(IsFrench(culture) ? "H' h 'mm" : "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>« 1er octobre 2026 à 18 h 30 »; « 1 October 2026 at 18:30 ».</summary>
    public static string DateAndTime(DateTimeOffset instant, CultureInfo? culture = null) =>
        IsFrench(culture)
            ? $"{Date(instant, French)} à {Time(instant, French)}"
            : $"{Date(instant, English)} at {Time(instant, English)}";

    /// <summary>
    /// A period such as a meeting: « mardi 8 décembre 2026, 18 h 30 – 20 h 00 », or with both days when it ends on
    /// another one.
    /// </summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, CultureInfo? culture = null)
    {
        var language = Language(culture);
        var from = $"{DayAndDate(start, language)}, {Time(start, language)}";
        return Day(start) == Day(end)
            ? $"{from} – {Time(end, language)}"
            : $"{from} – {DayAndDate(end, language)}, {Time(end, language)}";
    }

    /// <summary>« octobre 2026 »; « October 2026 ».</summary>
    public static string Month(DateOnly day, CultureInfo? culture = null) => day.ToString("MMMM yyyy", Language(culture));

    /// <summary>The value of a <c>&lt;time datetime&gt;</c> attribute: ISO 8601 with Paris's offset of that instant.</summary>
    public static string Iso(DateTimeOffset instant) => ToParis(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool IsFrench(CultureInfo? culture) => ReferenceEquals(Language(culture), French);

    // French first: only English (the site's second language) reads otherwise.
    private static CultureInfo Language(CultureInfo? culture) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en" ? English : French;
}
