using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Items;
using Ngp.Core.Web;

namespace Ngp.Meetings;

/// <summary>What a Meeting content item says, read from its fields (names fixed by the agency recipe).</summary>
public sealed record MeetingInfo
{
    public const string ContentType = "Meeting";
    public const string SynthesisType = "Synthesis";

    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Slug { get; init; }
    public string? Summary { get; init; }
    public required string Kind { get; init; }
    public DateTimeOffset StartUtc { get; init; }
    public DateTimeOffset EndUtc { get; init; }
    public string? Place { get; init; }
    public string? OnlineUrl { get; init; }
    public int? Capacity { get; init; }
    public string? ProjectId { get; init; }
    public required string OrganiserId { get; init; }
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];
    public IReadOnlyList<string> InvitedEmails { get; init; } = [];

    public static MeetingInfo? From(ContentItemVersion version)
    {
        if (version.ContentType != ContentType)
            return null;
        var data = ContentQuery.Data(version);
        var fields = data["fields"] as JsonObject;
        string? Text(string name) => fields?[name]?["value"] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        if (!DateTimeOffset.TryParse(Text("Start"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            return null;
        var end = DateTimeOffset.TryParse(Text("End"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) && e > start ? e : start.AddHours(2);
        var capacity = fields?["Capacity"]?["value"] is JsonValue c && c.TryGetValue<decimal>(out var cap) && cap > 0 ? (int)cap : (int?)null;
        var project = fields?["Project"]?["value"] is JsonArray a && a.Count > 0 ? a[0]?.GetValue<string>() : null;
        // Read through the rule again: a link stored before it (javascript:…) is dropped, never shown.
        var online = fields?["OnlineLink"]?["value"]?["url"] is JsonValue u && u.TryGetValue<string>(out var url) ? SafeUrl.WebOrMail(url) : null;
        return new MeetingInfo
        {
            Id = version.ContentItemId,
            Title = version.DisplayText,
            Slug = version.Slug,
            Summary = data["parts"]?["Summary"]?["text"]?.GetValue<string>(),
            Kind = Text("Kind") ?? "Réunion publique",
            StartUtc = start.ToUniversalTime(),
            EndUtc = end.ToUniversalTime(),
            Place = Text("Place"),
            OnlineUrl = online,
            Capacity = capacity,
            ProjectId = project,
            OrganiserId = version.OwnerId,
            Agenda = AgendaItem.Parse(Text("Agenda")),
            InvitedEmails = (Text(MeetingCatalog.InvitedEmailsField) ?? "")
                .Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(m => m.Contains('@', StringComparison.Ordinal))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList(),
        };
    }
}
