using Ngp.Contents.Admin;
using Ngp.Contents.Items;

namespace Ngp.Meetings.Letters;

/// <summary>« Imprimer les courriers » on the admin page of a published meeting still to come: its organiser's page prints them.</summary>
public sealed class MeetingLettersAdminAction(TimeProvider clock) : IContentAdminAction
{
    public ContentAdminLink? For(ContentItemVersion latest, ContentItemVersion? published) =>
        published is not null && MeetingInfo.From(published) is { } meeting && meeting.EndUtc > clock.GetUtcNow()
            ? new ContentAdminLink("Imprimer les courriers", $"admin/reunions/{published.ContentItemId}#courriers")
            : null;
}
