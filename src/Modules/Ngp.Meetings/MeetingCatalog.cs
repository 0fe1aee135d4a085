using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Meetings.Data;
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

/// <summary>One point of the agenda: written one per line in the editor, « Sujet — 30 min ».</summary>
public sealed record AgendaItem(string Topic, int? Minutes)
{
    public static IReadOnlyList<AgendaItem> Parse(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                var dash = line.LastIndexOfAny(['—', '–']);
                if (dash > 0)
                {
                    var tail = line[(dash + 1)..].Trim();
                    var digits = new string(tail.TakeWhile(char.IsAsciiDigit).ToArray());
                    if (digits.Length > 0 && int.TryParse(digits, CultureInfo.InvariantCulture, out var minutes))
                        return new AgendaItem(line[..dash].Trim(), minutes);
                }
                return new AgendaItem(line, null);
            })
            .ToList();
}

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
