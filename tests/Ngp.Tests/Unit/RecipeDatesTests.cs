using System.Text.Json;
using Ngp.Recipes;

namespace Ngp.Tests.Unit;

public sealed class RecipeDatesTests
{
    [Theory]
    [InlineData("2026-11-25T12:00:00Z", 0)]
    [InlineData("2026-12-01T22:00:00Z", 0)] // Tuesday 1 December, 23:00 in Paris: six days, no whole week yet
    [InlineData("2026-12-01T23:30:00Z", 7)] // still Tuesday in UTC, Wednesday 00:30 in Paris
    [InlineData("2027-11-26T12:00:00Z", 364)]
    [InlineData("2026-11-22T12:00:00Z", -7)]
    public void ShiftDays_AreWholeWeeksUpToTheParisDate(string now, int expected)
    {
        Assert.Equal(expected, RecipeDates.ShiftDays(new DateOnly(2026, 11, 25), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Shift_MovesDatesTimesAndInstants_LeavesTextNumbersAndNonDatesAlone()
    {
        var step = JsonDocument.Parse("""
            {"name":"content","items":[{"title":"Réunion du 2026-10-14","fields":{"Start":"2026-10-14T18:00","Capacity":30,"Day":"2026-10-14",
             "Seconds":"2026-10-14T18:00:30"},"parts":{"Consultation":{"opensUtc":"2026-10-01T06:00:00Z","closesUtc":"2027-06-30T20:00:00+02:00"},
             "Phases":{"phases":[{"start":"2026-04-01","values":["2026-02-30","20261014"]}]}}}]}
            """).RootElement;

        var item = RecipeDates.Shift(step, 7).GetProperty("items")[0];

        Assert.Equal("Réunion du 2026-10-14", item.GetProperty("title").GetString());
        Assert.Equal("2026-10-21T18:00", item.GetProperty("fields").GetProperty("Start").GetString());
        Assert.Equal("2026-10-21", item.GetProperty("fields").GetProperty("Day").GetString());
        Assert.Equal("2026-10-21T18:00:30", item.GetProperty("fields").GetProperty("Seconds").GetString());
        Assert.Equal(30, item.GetProperty("fields").GetProperty("Capacity").GetInt32());
        Assert.Equal("2026-10-08T06:00:00Z", item.GetProperty("parts").GetProperty("Consultation").GetProperty("opensUtc").GetString());
        Assert.Equal("2027-07-07T20:00:00+02:00", item.GetProperty("parts").GetProperty("Consultation").GetProperty("closesUtc").GetString());
        var phase = item.GetProperty("parts").GetProperty("Phases").GetProperty("phases")[0];
        Assert.Equal("2026-04-08", phase.GetProperty("start").GetString());
        Assert.Equal(["2026-02-30", "20261014"], phase.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray());
    }
}
