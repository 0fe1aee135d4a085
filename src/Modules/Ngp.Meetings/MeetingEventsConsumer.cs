using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Web;
using Ngp.Meetings.Data;

namespace Ngp.Meetings;

/// <summary>
/// Follows the content engine's events: keeps each meeting's relational entry in step with its content, and turns
/// the publication of a meeting or a synthesis into the meeting events workflows and notifications listen to.
/// </summary>
public sealed class MeetingEventsConsumer(NgpDbContext db, MeetingCatalog catalog, ContentQuery content, IOutbox outbox, IPublicPageCache publicPages) : IOutboxConsumer
{
    public string Name => "meetings";

    public bool Accepts(string eventType) => eventType is nameof(ContentPublished) or nameof(ContentUnpublished) or nameof(ContentDeleted);

    public async Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct)
    {
        var payload = outboxEvent.ReadElement();
        var type = payload.TryGetProperty("contentType", out var t) ? t.GetString() : null;
        var id = outboxEvent.ContentItemId;
        if (id is null || type is not (MeetingInfo.ContentType or MeetingInfo.SynthesisType))
            return;

        if (type == MeetingInfo.ContentType)
        {
            var entry = await catalog.EnsureEntryAsync(id, ct);
            if (outboxEvent.Type == nameof(ContentPublished) && entry is not null)
                outbox.Add(new MeetingPublished(id, entry.Title, entry.StartUtc, entry.EndUtc));
            // The project page's timeline reads the entry written here, after the publication already refreshed the pages.
            await publicPages.InvalidateAsync(ct);
            return;
        }

        if (outboxEvent.Type != nameof(ContentPublished) || await content.PublishedAsync(id, ct) is not { } synthesis)
            return;
        var fields = ContentQuery.Data(synthesis)["fields"] as JsonObject;
        var meetingId = fields?["Meeting"]?["value"] is JsonArray m && m.Count > 0 ? m[0]?.GetValue<string>() : null;
        if (meetingId is null)
            return;
        var projectId = fields?["Project"]?["value"] is JsonArray p && p.Count > 0 ? p[0]?.GetValue<string>() : null;
        var meeting = await db.Set<MeetingEntry>().SingleOrDefaultAsync(e => e.MeetingId == meetingId, ct);
        if (meeting is not null)
        {
            // A synthesis is sent once: republishing a corrected version updates the page, not everyone's inbox.
            if (meeting.SynthesisPublishedUtc is not null && meeting.SynthesisId == id)
                return;
            meeting.SynthesisId = id;
            meeting.SynthesisPublishedUtc = synthesis.PublishedUtc;
            // A synthesis written in the editor rather than through the closing form closes the meeting too.
            meeting.ClosedUtc ??= synthesis.PublishedUtc;
        }
        outbox.Add(new SynthesisPublished(id, meetingId, projectId ?? meeting?.ProjectId, synthesis.DisplayText));
        await db.SaveChangesAsync(ct);
        await publicPages.InvalidateAsync(ct);
    }
}
