using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

/// <summary>
/// A resident answers a question of an open consultation; answering again changes the answer until closing.
/// One answer per resident (or per lease for a dwelling choice) and question, held by a unique index; the checked
/// vote is written by <see cref="VoteWriter"/>, with the votes submitted at the same moment.
/// </summary>
public sealed class CastVote(ParticipationItems items, CurrentParticipant participant, TimeProvider clock, VoteWriter writer, ITenantContext tenant, NgpDbContext db)
{
    public async Task<Result<VoteReceipt>> HandleAsync(string contentItemId, VoteRequest request, CancellationToken ct)
    {
        if (participant.UserId is not { } userId)
            return Result.Forbidden("Connectez-vous pour voter.");
        var item = await items.PublishedConsultationAsync(contentItemId, ct);
        if (item?.Consultation is not { } consultation)
            return Result.NotFound("Cette concertation n'existe pas.");
        var question = consultation.Find(request.QuestionId);
        if (question is null)
            return Result.Invalid("Cette question n'existe pas dans la concertation.", "questionId", "Question inconnue.");
        var now = clock.GetUtcNow();
        if (consultation.OpensUtc is { } opens && now < opens)
            return Result.Invalid($"La concertation n'est pas encore ouverte : le vote commence le {ParisTime.DateAndTime(opens, ParisTime.French)}.");
        if (consultation.IsClosedAt(now))
            return Result.Invalid($"La concertation est close depuis le {ParisTime.DateAndTime(consultation.ClosesUtc!.Value, ParisTime.French)} : le vote n'est plus possible.");
        var lease = await participant.LeaseAsync(ct);
        if (Eligibility.Check(consultation, lease) is { } refused)
            return refused;
        if (CheckOptions(question, request.OptionIds) is { } invalid)
            return invalid;
        // A household's answer by letter or at the desk is final: an online vote would change it, or answer twice.
        if (await db.Set<Vote>().AnyAsync(v => v.ContentItemId == item.Id && v.LeaseReference == lease!.Reference && v.Channel != null, ct))
            return Result.Conflict(Letters.OfflineAnswers.AlreadyAnswered);

        var voterKey = consultation.PerLease ? "l:" + lease!.Reference : "u:" + userId;
        var written = await writer.WriteAsync(tenant.Tenant,
            new CheckedVote(item.Id, question.Id, voterKey, userId, string.Join(',', request.OptionIds!), lease!.Reference, lease.Building, now));
        return new VoteReceipt(written.VoteId, question.Id, request.OptionIds!, written.Changed);
    }

    internal static Result.Failure? CheckOptions(Question question, IReadOnlyList<string>? optionIds)
    {
        var ids = optionIds ?? [];
        const string field = "optionIds";
        if (ids.Count == 0)
            return Result.Invalid("Choisissez une réponse.", field, "Choisissez une réponse.");
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            return Result.Invalid("Une même réponse est choisie deux fois.", field, "Une même réponse est choisie deux fois.");
        if (ids.Any(id => question.Options.All(o => o.Id != id)))
            return Result.Invalid("Cette réponse ne fait pas partie des choix proposés.", field, "Réponse inconnue.");
        switch (question.Kind)
        {
            case QuestionKinds.Multiple when ids.Count > (question.Max ?? question.Options.Count):
                return Result.Invalid($"Vous pouvez choisir {question.Max} réponses au plus.", field, $"{question.Max} réponses au plus.");
            case QuestionKinds.Ranking when ids.Count != question.Options.Count:
                return Result.Invalid("Classez tous les choix, du préféré au moins souhaité.", field, "Classez tous les choix.");
            case QuestionKinds.Single or QuestionKinds.YesNo when ids.Count != 1:
                return Result.Invalid("Choisissez une seule réponse.", field, "Une seule réponse.");
            default:
                return null;
        }
    }
}
