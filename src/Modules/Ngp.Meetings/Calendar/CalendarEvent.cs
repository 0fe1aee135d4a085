namespace Ngp.Meetings.Calendar;

/// <summary>One event of an iCalendar file.</summary>
public sealed record CalendarEvent(string Uid, string Title, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string? Description, string? Location, string? Url, DateTimeOffset StampUtc);
