using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

/// <summary>A project's meetings (at their start) and their published syntheses (at their publication), for the project page's timeline.</summary>
public sealed class MeetingTimeline(NgpDbContext db, ContentQuery contents, IStringLocalizer<MeetingsText> t) : ITimelineSource
{
    // A project has a handful of meetings a year; the cap only guards the page against a runaway import.
    private const int MaxMeetings = 100;

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(string contentItemId, CancellationToken ct = default)
    {
        var meetings = await db.Set<MeetingEntry>().AsNoTracking()
            .Where(m => m.ProjectId == contentItemId && m.Published)
            .OrderBy(m => m.StartUtc).Take(MaxMeetings).ToListAsync(ct);
        var entries = new List<TimelineEntry>();
        foreach (var meeting in meetings)
        {
            entries.Add(new TimelineEntry(meeting.StartUtc, t[meeting.Kind], meeting.Title, meeting.Slug is null ? null : $"reunions/{meeting.Slug}"));
            if (meeting is { SynthesisId: { } synthesisId, SynthesisPublishedUtc: { } published }
                && await contents.PublishedAsync(synthesisId, ct) is { } synthesis)
                entries.Add(new TimelineEntry(published, t["Synthèse"], synthesis.DisplayText, await contents.RelativeUrlAsync(synthesis, ct)));
        }
        return entries;
    }
}
