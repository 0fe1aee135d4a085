using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

/// <summary>Reads meetings and keeps their relational entry in step with the published content.</summary>
public sealed class MeetingCatalog(NgpDbContext db, ContentQuery content)
{
    /// <summary>The Meeting field listing stakeholders invited by e-mail, one address per line.</summary>
    public const string InvitedEmailsField = "InvitedEmails";

    public async Task<MeetingInfo?> PublishedAsync(string meetingId, CancellationToken ct) =>
        await content.PublishedAsync(meetingId, ct) is { } version ? MeetingInfo.From(version) : null;

    /// <summary>The entry of a published meeting, created or refreshed from its content; null when the meeting is not published.</summary>
    public async Task<MeetingEntry?> EnsureEntryAsync(string meetingId, CancellationToken ct)
    {
        var entry = await db.Set<MeetingEntry>().SingleOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        var info = await PublishedAsync(meetingId, ct);
        if (info is null)
        {
            if (entry is { Published: true })
            {
                entry.Published = false;
                await db.SaveChangesAsync(ct);
            }
            return null;
        }
        if (entry is null)
        {
            entry = new MeetingEntry { MeetingId = meetingId, Title = info.Title, Kind = info.Kind, OrganiserId = info.OrganiserId };
            db.Set<MeetingEntry>().Add(entry);
        }
        var moved = entry.EndUtc != info.EndUtc;
        entry.Title = info.Title;
        entry.Slug = info.Slug;
        entry.Kind = info.Kind;
        entry.StartUtc = info.StartUtc;
        entry.EndUtc = info.EndUtc;
        entry.Place = info.Place;
        entry.OnlineUrl = info.OnlineUrl;
        entry.Capacity = info.Capacity;
        entry.ProjectId = info.ProjectId;
        entry.OrganiserId = info.OrganiserId;
        entry.Published = true;
        if (moved && entry.ClosedUtc is null)
            entry.EndRaised = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(entry).State == EntityState.Added)
        {
            // Created at the same moment by another request: theirs is as good as ours.
            db.Entry(entry).State = EntityState.Detached;
            return await db.Set<MeetingEntry>().SingleAsync(m => m.MeetingId == meetingId, ct);
        }
        return entry;
    }
}
