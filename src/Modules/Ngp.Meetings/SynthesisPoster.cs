using Ngp.Contents.Items;
using Ngp.Core.Web;
using Ngp.Print.Posters;

namespace Ngp.Meetings;

/// <summary>A published synthesis's poster: the meeting it reports, what was decided and the next steps.</summary>
public sealed class SynthesisPoster(ContentQuery query) : IPosterContent
{
    public string ContentType => MeetingInfo.SynthesisType;

    public async Task<PosterFacts> ReadAsync(ContentItemVersion published, CancellationToken ct)
    {
        var facts = new PublishedFacts(published);
        // The meeting's own item, not the meetings table its consumer fills a moment after publication.
        var meeting = facts.PickedId("Meeting") is { } meetingId && await query.PublishedAsync(meetingId, ct) is { } item ? MeetingInfo.From(item) : null;
        return new PosterFacts
        {
            Kind = "Synthèse de réunion",
            Title = published.DisplayText,
            Essentials = facts.Summary,
            Fields = meeting is null ? [] : [new PosterField("Réunion", $"{meeting.Title}, {ParisTime.DayAndDate(meeting.StartUtc, ParisTime.French)}")],
            Sections =
            [
                new PosterSection("Ce qui a été décidé", PosterText.Points(facts.Field("Decisions"))),
                new PosterSection("Prochaines étapes", PosterText.Points(facts.Field("NextSteps"))),
            ],
        };
    }
}
