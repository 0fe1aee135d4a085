using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Contents.Api;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Meetings.Calendar;
using Ngp.Meetings.Data;
using Ngp.Meetings.Handlers;
using Ngp.Meetings.Letters;

namespace Ngp.Meetings.Api;

public static class MeetingsApi
{
    public const string FeedPath = "reunions/calendrier.ics";
    public const string CalendarContentType = "text/calendar; charset=utf-8";

    public static void MapMeetingsApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1").WithTags("Réunions");

        api.MapGet("meetings", async (string? from, string? to, MeetingReader reader, TimeProvider clock, CancellationToken ct) =>
        {
            var fromUtc = clock.GetUtcNow();
            if (ReadDate(from, nameof(from), ref fromUtc) is { } badFrom)
                return badFrom;
            var toUtc = fromUtc.AddDays(90);
            if (ReadDate(to, nameof(to), ref toUtc) is { } badTo)
                return badTo;
            if (toUtc <= fromUtc || (toUtc - fromUtc).TotalDays > MeetingReader.MaxRangeDays)
                return ApiResults.Problem(422, $"La période va de « from » à « to », sur {MeetingReader.MaxRangeDays} jours au plus.", "to", "Période invalide.");
            var meetings = await reader.BetweenAsync(fromUtc, toUtc, ct);
            return Results.Ok(meetings.Select(Dto));
        }).AllowAnonymous().WithSummary("Les réunions publiées entre from et to (par défaut : les 90 prochains jours).");

        api.MapPost("meetings/{id}/registration", async (string id, ClaimsPrincipal user, RegisterToMeeting handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, UserId(user), ct);
            return ApiResults.From(result, r => Results.Json(Receipt(r), statusCode: StatusCodes.Status201Created));
        }).RequireAuthorization().RequireRateLimiting(MeetingsModule.RegistrationRateLimit)
          .WithSummary("S'inscrire à une réunion (une place, ou la liste d'attente).");

        api.MapDelete("meetings/{id}/registration", async (string id, ClaimsPrincipal user, CancelRegistration handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, UserId(user), ct);
            return result.IsOk ? Results.NoContent() : ApiResults.Problem(result);
        }).RequireAuthorization().RequireRateLimiting(MeetingsModule.RegistrationRateLimit)
          .WithSummary("Annuler son inscription ; la place revient à la première personne en attente.");

        api.MapPost("meetings/{id}/close", async (string id, CloseMeetingRequest request, CloseMeeting handler, ContentActorFactory actors, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, request, await actors.CurrentAsync(), ct);
            return ApiResults.From(result, c => Results.Json(new
            {
                meetingId = c.MeetingId,
                synthesisId = c.SynthesisId,
                synthesisStatus = c.SynthesisStatus.ToString(),
            }, statusCode: StatusCodes.Status201Created));
        }).RequirePermission(MeetingPermissions.OrganiseMeetings)
          .WithSummary("Clore une réunion : présences et synthèse (brouillon, ou publiée avec \"publish\": true).");

        api.MapGet("meetings/{id}/letters.pdf", async (string id, string?[]? buildings, PrintMeetingLetters handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, buildings ?? [], ct);
            return result.IsOk ? Results.File(result.Value, "application/pdf", "courriers-reunion.pdf") : ApiResults.Problem(result);
        }).RequirePermission(MeetingPermissions.OrganiseMeetings)
          .WithSummary("Courriers d'une réunion (PDF) : une page par bail des immeubles choisis (buildings=A,B), avec la date, le lieu, comment s'inscrire sans internet et le QR code de l'adresse courte de la réunion.");

        api.MapGet("meetings/{id}/synthesis", async (string id, MeetingReader reader, ContentQuery query, CancellationToken ct) =>
        {
            var meeting = await reader.FindAsync(id, ct);
            if (meeting?.SynthesisId is null || await query.PublishedAsync(meeting.SynthesisId, ct) is not { } synthesis)
                return ApiResults.Problem(404, "Cette réunion n'a pas encore de synthèse publiée.");
            var data = ContentQuery.Data(synthesis);
            string? Field(string name) => data["fields"]?[name]?["value"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            return Results.Ok(new
            {
                id = synthesis.ContentItemId,
                meetingId = id,
                title = synthesis.DisplayText,
                summary = data["parts"]?["Summary"]?["text"]?.GetValue<string>(),
                said = data["parts"]?["Body"]?["markdown"]?.GetValue<string>(),
                decisions = Field("Decisions"),
                objections = Field("Objections"),
                nextSteps = Field("NextSteps"),
                attendance = data["fields"]?["Attendance"]?["value"]?.GetValue<decimal>(),
                publishedUtc = synthesis.PublishedUtc,
                url = synthesis.Slug is null ? null : $"syntheses/{synthesis.Slug}",
            });
        }).AllowAnonymous().WithSummary("La synthèse publiée d'une réunion.");

        tenant.MapGet(FeedPath, async (SiteLinks links, MeetingReader reader, ISiteSettingsStore settings, ITenantContext tenantContext, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            var meetings = await reader.BetweenAsync(now.AddDays(-90), now.AddDays(365), ct);
            var site = await settings.GetAsync(ct);
            return Results.Text(ICalendarWriter.Write($"Réunions — {site.SiteName}", meetings.Select(m => Event(links, tenantContext, m, now))), CalendarContentType);
        }).AllowAnonymous().ExcludeFromDescription();

        tenant.MapGet("reunions/{id}/evenement.ics", async (string id, SiteLinks links, MeetingReader reader, ITenantContext tenantContext, TimeProvider clock, CancellationToken ct) =>
        {
            if (await reader.FindAsync(id, ct) is not { } meeting)
                return Results.NotFound();
            var file = ICalendarWriter.Write(meeting.Title, [Event(links, tenantContext, meeting, clock.GetUtcNow())]);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(file), CalendarContentType, $"reunion-{meeting.Slug ?? meeting.Id}.ics");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static CalendarEvent Event(SiteLinks links, ITenantContext tenant, MeetingSummary m, DateTimeOffset now)
    {
        var place = m.Place ?? m.OnlineUrl;
        return new CalendarEvent($"{m.Id}@{tenant.Tenant.Name}.ngp", m.Title, m.StartUtc, m.EndUtc, m.Kind, place,
            m.RelativeUrl is null ? null : links.Absolute(m.RelativeUrl), now);
    }

    private static object Dto(MeetingSummary m) => new
    {
        id = m.Id,
        title = m.Title,
        kind = m.Kind,
        startUtc = m.StartUtc,
        endUtc = m.EndUtc,
        place = m.Place,
        onlineUrl = m.OnlineUrl,
        capacity = m.Capacity,
        registered = m.Registered,
        waiting = m.Waiting,
        placesLeft = m.PlacesLeft,
        closed = m.Closed,
        synthesisId = m.SynthesisId,
        projectId = m.ProjectId,
        url = m.RelativeUrl,
    };

    private static object Receipt(RegistrationReceipt r) => new
    {
        meetingId = r.MeetingId,
        status = r.Status == RegistrationStatus.Registered ? "registered" : "waiting",
        waitingPosition = r.WaitingPosition,
    };

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    /// <summary>
    /// A date of the query (AAAA-MM-JJ: midnight in Paris; or ISO 8601) into <paramref name="value"/>, left as it is when
    /// empty; or the French problem naming the parameter. The range is the one content dates keep.
    /// </summary>
    private static IResult? ReadDate(string? text, string name, ref DateTimeOffset value)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        DateTimeOffset instant;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // Checked before converting: Paris's offset at the ends of the calendar would throw.
            if (!ContentDates.Contains(day))
                return Refuse(name, ContentDates.OutOfRange(name));
            instant = ParisTime.StartOf(day);
        }
        else if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
            return Refuse(name, $"« {name} » doit être une date : AAAA-MM-JJ ou ISO 8601.");
        if (!ContentDates.Contains(instant))
            return Refuse(name, ContentDates.OutOfRange(name));
        value = instant.ToUniversalTime();
        return null;
    }

    private static IResult Refuse(string name, string message) => ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, message, name, message);
}
