using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ngp.Meetings.Pages.Admin;

/// <summary>The organiser's list: upcoming meetings with their registrations, past ones waiting for a synthesis.</summary>
[Authorize(Policy = "permission:OrganiseMeetings")]
public sealed class MeetingListModel(MeetingReader reader, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MeetingSummary> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> ToClose { get; private set; } = [];

    public IReadOnlyList<MeetingSummary> Closed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var all = await reader.BetweenAsync(now.AddDays(-365), now.AddDays(365), ct);
        Upcoming = all.Where(m => m.StartUtc > now).ToList();
        ToClose = all.Where(m => m.StartUtc <= now && !m.Closed).ToList();
        Closed = all.Where(m => m.Closed).Reverse().ToList();
    }
}
