using System.Globalization;
using Ngp.Core.Web;

namespace Ngp.Tests.Unit;

public sealed class ParisTimeTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2026-10-01", "1er octobre 2026")]
    [InlineData("2026-10-02", "2 octobre 2026")]
    [InlineData("2027-01-01", "1er janvier 2027")]
    [InlineData("2026-08-31", "31 août 2026")]
    public void Date_InFrench_FirstOfTheMonthReadsPremier(string day, string expected)
    {
        Assert.Equal(expected, ParisTime.Date(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), ParisTime.French));
    }

    [Theory]
    [InlineData("2026-10-01T16:30:00Z", "1er octobre 2026 à 18 h 30")] // summer time, UTC+2
    [InlineData("2026-12-08T08:05:00Z", "8 décembre 2026 à 9 h 05")] // winter time, UTC+1
    public void DateAndTime_InFrench_IsParisTimeWithHeures(string instant, string expected)
    {
        Assert.Equal(expected, ParisTime.DateAndTime(Utc(instant), ParisTime.French));
    }

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", "29 mars 2026 à 1 h 59")] // the last minute of winter time
    [InlineData("2026-03-29T01:00:00Z", "29 mars 2026 à 3 h 00")] // clocks go forward: 2 h 00 never happens
    [InlineData("2026-10-25T00:30:00Z", "25 octobre 2026 à 2 h 30")] // summer time, the first 2 h 30
    [InlineData("2026-10-25T01:30:00Z", "25 octobre 2026 à 2 h 30")] // clocks went back: the second 2 h 30
    [InlineData("2026-10-25T02:00:00Z", "25 octobre 2026 à 3 h 00")]
    public void DateAndTime_OnDaylightSavingChanges_FollowsTheParisClock(string instant, string expected)
    {
        Assert.Equal(expected, ParisTime.DateAndTime(Utc(instant), ParisTime.French));
    }

    [Fact]
    public void Date_AtParisMidnight_IsAlreadyTheNextDayWhileUtcIsNot()
    {
        var newYear = Utc("2026-12-31T23:00:00Z");

        Assert.Equal("1er janvier 2027 à 0 h 00", ParisTime.DateAndTime(newYear, ParisTime.French));
        Assert.Equal(new DateOnly(2027, 1, 1), ParisTime.Day(newYear));
        Assert.Equal("31 décembre 2026", ParisTime.Date(newYear.AddMinutes(-1), ParisTime.French));
        Assert.Equal(newYear, ParisTime.StartOf(new DateOnly(2027, 1, 1)));
        Assert.Equal(TimeSpan.Zero, ParisTime.StartOf(new DateOnly(2027, 1, 1)).Offset);
        Assert.Equal(Utc("2026-03-28T23:00:00Z"), ParisTime.StartOf(new DateOnly(2026, 3, 29)));
        Assert.Equal(Utc("2026-10-24T22:00:00Z"), ParisTime.StartOf(new DateOnly(2026, 10, 25)));
    }

    [Fact]
    public void Formats_InBritishEnglish_DayMonthYearAnd24HourClock()
    {
        var instant = Utc("2026-10-01T16:30:00Z");

        Assert.Equal("1 October 2026", ParisTime.Date(instant, ParisTime.English));
        Assert.Equal("18:30", ParisTime.Time(instant, ParisTime.English));
        Assert.Equal("09:05", ParisTime.Time(Utc("2026-12-08T08:05:00Z"), ParisTime.English));
        Assert.Equal("1 October 2026 at 18:30", ParisTime.DateAndTime(instant, ParisTime.English));
        Assert.Equal("Thursday 1 October 2026, 18:30 – 20:00", ParisTime.Span(instant, instant.AddHours(1.5), ParisTime.English));
        Assert.Equal("October 2026", ParisTime.Month(new DateOnly(2026, 10, 1), ParisTime.English));
    }

    [Fact]
    public void Formats_WithoutCulture_FollowTheRequestLanguage()
    {
        var instant = Utc("2026-10-01T16:30:00Z");
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ParisTime.English;
            Assert.Equal("1 October 2026", ParisTime.Date(instant));
            CultureInfo.CurrentUICulture = ParisTime.French;
            Assert.Equal("1er octobre 2026", ParisTime.Date(instant));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Span_OfAMeeting_OneDayOrOverTwo()
    {
        var start = Utc("2026-12-08T17:30:00Z");

        Assert.Equal("mardi 8 décembre 2026, 18 h 30 – 20 h 00", ParisTime.Span(start, start.AddHours(1.5), ParisTime.French));
        Assert.Equal("mardi 8 décembre 2026, 18 h 30 – mercredi 9 décembre 2026, 10 h 00", ParisTime.Span(start, start.AddHours(15.5), ParisTime.French));
        Assert.Equal("octobre 2026", ParisTime.Month(new DateOnly(2026, 10, 1), ParisTime.French));
    }

    [Fact]
    public void Date_OfStoredText_FormatsIsoDaysAndLeavesOtherTextAlone()
    {
        Assert.Equal("1er septembre 2025", ParisTime.Date("2025-09-01", ParisTime.French));
        Assert.Equal("printemps 2026", ParisTime.Date("printemps 2026", ParisTime.French));
        Assert.Equal("", ParisTime.Date((string?)null, ParisTime.French));
    }

    [Fact]
    public void Iso_ForMachines_CarriesTheParisOffset()
    {
        Assert.Equal("2026-10-01T18:30:00+02:00", ParisTime.Iso(Utc("2026-10-01T16:30:00Z")));
        Assert.Equal("2026-12-08T09:05:00+01:00", ParisTime.Iso(Utc("2026-12-08T08:05:00Z")));
    }
}
