using System.Globalization;
using System.Text;
using Ngp.Contents.Rendering;
using Ngp.Core.Web;

namespace Ngp.Meetings.Calendar;

/// <summary>
/// Writes RFC 5545 calendars: local times in Europe/Paris with its VTIMEZONE; text as plain text (the tags and Markdown
/// people typed reduced to their words, <see cref="PlainText"/>) then escaped; lines folded at 75 octets without
/// splitting a UTF-8 character, CRLF line ends.
/// </summary>
public static class ICalendarWriter
{
    public const string TimeZoneId = "Europe/Paris";

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//NGP//Participation//FR",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(PlainText.Line(calendarName)),
            "X-WR-TIMEZONE:" + TimeZoneId,
            // Paris has followed the EU rule (last Sunday of March and October) since 1996.
            "BEGIN:VTIMEZONE",
            "TZID:" + TimeZoneId,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        };
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Escape(e.Uid));
            lines.Add("DTSTAMP:" + e.StampUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            lines.Add($"DTSTART;TZID={TimeZoneId}:{Local(e.StartUtc)}");
            lines.Add($"DTEND;TZID={TimeZoneId}:{Local(e.EndUtc)}");
            lines.Add("SUMMARY:" + Escape(PlainText.Line(e.Title)));
            if (PlainText.Text(e.Description) is { Length: > 0 } description)
                lines.Add("DESCRIPTION:" + Escape(description));
            if (PlainText.Line(e.Location) is { Length: > 0 } location)
                lines.Add("LOCATION:" + Escape(location));
            if (!string.IsNullOrWhiteSpace(e.Url))
                lines.Add("URL:" + e.Url);
            lines.Add("STATUS:CONFIRMED");
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");

        var builder = new StringBuilder();
        foreach (var line in lines)
            Fold(builder, line);
        return builder.ToString();
    }

    private static string Local(DateTimeOffset utc) =>
        ParisTime.ToParis(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped, line ends as <c>\n</c>.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .ReplaceLineEndings("\\n");

    private static void Fold(StringBuilder builder, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 1;
            }
            builder.Append(rune.ToString());
            octets += size;
        }
        builder.Append("\r\n");
    }
}
