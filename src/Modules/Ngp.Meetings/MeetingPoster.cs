using Ngp.Contents.Items;
using Ngp.Core.Web;
using Ngp.Print.Posters;

namespace Ngp.Meetings;

/// <summary>A meeting's poster: what kind, when and where (Paris time), what it is about and its agenda.</summary>
public sealed class MeetingPoster : IPosterContent
{
    public string ContentType => MeetingInfo.ContentType;

    public Task<PosterFacts> ReadAsync(ContentItemVersion published, CancellationToken ct)
    {
        var meeting = MeetingInfo.From(published);
        var fields = new List<PosterField>();
        if (meeting is not null)
        {
            fields.Add(new PosterField("Quand", ParisTime.Span(meeting.StartUtc, meeting.EndUtc, ParisTime.French)));
            var place = meeting.Place ?? (meeting.OnlineUrl is null ? null : "en ligne (le lien est sur la page)");
            if (place is not null)
                fields.Add(new PosterField("Où", place));
            if (meeting.Capacity is { } capacity)
                fields.Add(new PosterField("Places", $"{capacity}, inscription sur la page en ligne"));
        }
        return Task.FromResult(new PosterFacts
        {
            Kind = meeting?.Kind ?? "Réunion",
            Title = published.DisplayText,
            Essentials = meeting?.Summary,
            Fields = fields,
            Sections = meeting is { Agenda.Count: > 0 } ? [new PosterSection("Ordre du jour", meeting.Agenda.Select(a => a.Topic).ToList())] : [],
        });
    }
}
