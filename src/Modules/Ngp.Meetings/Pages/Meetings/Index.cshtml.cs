using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Web;

namespace Ngp.Meetings.Pages.Meetings;

/// <summary>The agency's meetings: a month calendar, the upcoming ones to register to, the past ones and their syntheses.</summary>
public sealed class IndexModel(MeetingReader reader, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MeetingSummary> Month { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Past { get; private set; } = [];

    public DateOnly FirstDay { get; private set; }

    public async Task OnGetAsync(string? mois, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.Day(now);
        FirstDay = DateOnly.TryParseExact(mois, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is > 2000 and < 2100
            ? month
            : new DateOnly(today.Year, today.Month, 1);
        Month = await reader.BetweenAsync(ParisTime.StartOf(FirstDay), ParisTime.StartOf(FirstDay.AddMonths(1)), ct);
        Upcoming = (await reader.BetweenAsync(now, now.AddDays(365), ct)).Where(m => !m.Closed).Take(50).ToList();
        Past = (await reader.BetweenAsync(now.AddDays(-365), now, ct)).Where(m => m.EndUtc < now).Reverse().Take(50).ToList();
    }

    public IEnumerable<MeetingSummary> On(DateOnly day) =>
        Month.Where(m => ParisTime.Day(m.StartUtc) == day);
}
