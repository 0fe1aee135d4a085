using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Comments;
using Ngp.Core.Web;
using Ngp.Meetings.Data;

namespace Ngp.Meetings.Handlers;

/// <summary>
/// Closes a meeting: records attendance and writes its synthesis as a content item linked to the meeting and its
/// project, all in one transaction; publishing follows the agency's approval rule.
/// </summary>
public sealed class CloseMeeting(NgpDbContext db, MeetingCatalog catalog, ContentManager contents, IOutbox outbox, TimeProvider clock)
{
    public const int MaxText = 20_000;

    public async Task<Result<ClosedMeeting>> HandleAsync(string meetingId, CloseMeetingRequest request, ContentActor actor, CancellationToken ct)
    {
        var entry = await catalog.EnsureEntryAsync(meetingId, ct);
        var info = await catalog.PublishedAsync(meetingId, ct);
        if (entry is null || info is null)
            return Result.NotFound(MeetingTexts.NotFound);
        if (entry.ClosedUtc is not null)
            return Result.Conflict(MeetingTexts.AlreadyClosed);
        if (clock.GetUtcNow() < entry.StartUtc)
            return Result.Invalid(MeetingTexts.NotStarted);

        var registered = await db.Set<MeetingRegistration>().AsNoTracking()
            .Where(r => r.MeetingId == meetingId && r.Status != RegistrationStatus.Cancelled)
            .Select(r => r.UserId).ToListAsync(ct);
        if (Validate(request, registered) is { } invalid)
            return invalid;

        var attendees = request.Attendees.Distinct().ToList();
        var input = new ContentInput(MeetingInfo.SynthesisType, $"Synthèse — {info.Title}",
            new JsonObject
            {
                ["Summary"] = new JsonObject { ["text"] = request.Summary!.Trim() },
                ["Body"] = new JsonObject { ["markdown"] = request.Said!.Trim() },
            },
            new JsonObject
            {
                ["Meeting"] = new JsonArray(meetingId),
                ["Project"] = info.ProjectId is null ? null : new JsonArray(info.ProjectId),
                ["Decisions"] = request.Decisions!.Trim(),
                ["Objections"] = ObjectionsMarkdown(request.Objections),
                ["NextSteps"] = NextStepsMarkdown(request.NextSteps),
                ["Attendance"] = (decimal)(attendees.Count + request.AnonymousAttendees),
                ["Documents"] = string.IsNullOrWhiteSpace(request.Documents) ? null : request.Documents.Trim(),
            });

        // The content engine commits the draft in its own transaction; the closing follows in ours, and a draft made
        // for a meeting someone else closed meanwhile is deleted again.
        var created = await contents.CreateAsync(input, actor, ct);
        if (!created.IsOk)
            return Result.Invalid(created.Message ?? "La synthèse est incomplète.", created.Errors);
        var synthesisId = created.Value.ContentItemId;

        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var closed = await db.Set<MeetingEntry>()
                .Where(m => m.MeetingId == meetingId && m.ClosedUtc == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ClosedUtc, now)
                    .SetProperty(m => m.AnonymousAttendees, request.AnonymousAttendees)
                    .SetProperty(m => m.SynthesisId, synthesisId), ct);
            if (closed == 0)
            {
                await transaction.RollbackAsync(ct);
                await contents.DeleteAsync(synthesisId, ContentActor.System, ct);
                return Result.Conflict(MeetingTexts.AlreadyClosed);
            }
            db.Set<MeetingAttendance>().AddRange(attendees.Select(u => new MeetingAttendance { MeetingId = meetingId, UserId = u }));
            outbox.Add(new MeetingClosed(meetingId, synthesisId, attendees.Count, request.AnonymousAttendees));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var status = created.Value.Status;
        if (request.Publish)
        {
            // Whoever may organise meetings publishes their syntheses (agents included: the landlord's rule is that a
            // synthesis follows every meeting), unless the agency asks for approval and they cannot approve.
            var organiser = actor with { CanPublish = true };
            var published = await contents.PublishAsync(synthesisId, organiser, ct);
            if (!published.IsOk)
                published = await contents.SubmitAsync(synthesisId, organiser, ct);
            if (published.IsOk)
                status = published.Value.Status;
        }
        return new ClosedMeeting(meetingId, synthesisId, status);
    }

    private static Result.Failure? Validate(CloseMeetingRequest request, IReadOnlyCollection<string> registered)
    {
        var errors = new Dictionary<string, string[]>();
        void Require(string? value, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(value))
                errors[field] = [$"« {label} » est obligatoire."];
            else if (value.Length > MaxText)
                errors[field] = [$"« {label} » ne doit pas dépasser {MaxText} caractères."];
        }
        Require(request.Summary, "summary", "Résumé");
        Require(request.Said, "said", "Ce qui a été dit");
        Require(request.Decisions, "decisions", "Décisions");
        if (request.Summary?.Length > 500)
            errors["summary"] = ["« Résumé » ne doit pas dépasser 500 caractères."];
        if (request.AnonymousAttendees is < 0 or > 10_000)
            errors["anonymousAttendees"] = ["Le nombre de personnes présentes sans compte est entre 0 et 10 000."];
        if (request.Attendees.Any(a => !registered.Contains(a)))
            errors["attendees"] = ["Les présents viennent de la liste des inscrits ; comptez les autres parmi les personnes sans compte."];
        var objections = request.Objections.Where(o => !string.IsNullOrWhiteSpace(o.Objection) || !string.IsNullOrWhiteSpace(o.Proposal)).ToList();
        if (objections.Any(o => string.IsNullOrWhiteSpace(o.Objection) || !ObjectionRule.IsKept(isObjection: true, o.Proposal)))
            errors["Objections"] = [ObjectionRule.Message];
        var steps = request.NextSteps.Where(s => !string.IsNullOrWhiteSpace(s.Action) || !string.IsNullOrWhiteSpace(s.Owner) || !string.IsNullOrWhiteSpace(s.DueDate)).ToList();
        if (steps.Any(s => string.IsNullOrWhiteSpace(s.Action) || string.IsNullOrWhiteSpace(s.Owner)))
            errors["NextSteps"] = ["Chaque prochaine étape a une action et un responsable."];
        else if (steps.Any(s => !string.IsNullOrWhiteSpace(s.DueDate) && !DateOnly.TryParseExact(s.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            errors["NextSteps"] = ["L'échéance d'une prochaine étape est une date (AAAA-MM-JJ)."];
        return errors.Count == 0 ? null : Result.Invalid("La synthèse est incomplète.", errors);
    }

    private static string? ObjectionsMarkdown(IEnumerable<HeardObjection> objections)
    {
        var builder = new StringBuilder();
        foreach (var o in objections.Where(o => !string.IsNullOrWhiteSpace(o.Objection)))
            builder.Append("- **Objection :** ").Append(OneLine(o.Objection!)).Append("\n  **Proposition :** ").Append(OneLine(o.Proposal!)).Append('\n');
        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? NextStepsMarkdown(IEnumerable<NextStep> steps)
    {
        var builder = new StringBuilder();
        foreach (var s in steps.Where(s => !string.IsNullOrWhiteSpace(s.Action)))
        {
            builder.Append("- ").Append(OneLine(s.Action!)).Append(" — ").Append(OneLine(s.Owner!));
            if (!string.IsNullOrWhiteSpace(s.DueDate) && DateOnly.TryParseExact(s.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                builder.Append(", avant le ").Append(ParisTime.Date(due, ParisTime.French));
            builder.Append('\n');
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string OneLine(string text) => text.Trim().ReplaceLineEndings(" ");
}
