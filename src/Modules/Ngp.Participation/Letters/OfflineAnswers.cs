using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Letters;

/// <summary>
/// Writes a household's answers that did not come online (a letter's code, staff at the desk): every question at
/// once, once per lease whatever the channel, flagged with how they came. Both use cases check their own credential
/// (the code, the staff permission), then hand the answers here.
/// </summary>
public sealed class OfflineAnswers(NgpDbContext db, TimeProvider clock, IOutbox outbox, ResultsCache results, IPublicPageCache pages, ITenantContext tenant)
{
    public const string AlreadyAnswered = "Ce logement a déjà répondu à cette concertation : une seule réponse par logement, en ligne, par courrier ou à l'accueil.";

    /// <summary>Whether any answer of this lease to the consultation is recorded, by any channel.</summary>
    public Task<bool> HasAnsweredAsync(string contentItemId, string leaseReference, CancellationToken ct) =>
        db.Set<Vote>().AnyAsync(v => v.ContentItemId == contentItemId && v.LeaseReference == leaseReference, ct);

    /// <summary>
    /// Checks and writes the answers; <paramref name="claim"/> (a letter's code) is spent in the same transaction, so a
    /// refused answer leaves the code valid and two submissions of one letter give one answer.
    /// </summary>
    public async Task<Result<int>> WriteAsync(string contentItemId, Consultation consultation, LeaseAddress lease, IReadOnlyList<VoteRequest> answers, string channel,
        Func<CancellationToken, Task<bool>>? claim, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (consultation.OpensUtc is { } opens && now < opens)
            return Result.Invalid($"La concertation n'est pas encore ouverte : les réponses sont reçues à partir du {ParisTime.DateAndTime(opens, ParisTime.French)}.");
        if (consultation.IsClosedAt(now))
            return Result.Invalid($"La concertation est close depuis le {ParisTime.DateAndTime(consultation.ClosesUtc!.Value, ParisTime.French)} : il n'est plus possible de répondre.");
        if (Eligibility.Check(consultation, new UserLease(lease.Reference, lease.Building)) is { } refused)
            return refused;
        foreach (var question in consultation.Questions)
        {
            var answer = answers.Where(a => a.QuestionId == question.Id).ToList();
            if (answer.Count != 1)
                return Result.Invalid($"Répondez à chaque question, dont « {question.Text} ».", "q-" + question.Id, "Choisissez une réponse.");
            if (CastVote.CheckOptions(question, answer[0].OptionIds) is { } invalid)
                return Result.Invalid(invalid.Message!, "q-" + question.Id, invalid.Message!);
        }
        if (answers.Any(a => consultation.Find(a.QuestionId) is null))
            return Result.Invalid("Cette question n'existe pas dans la concertation.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (claim is not null && !await claim(ct))
            return Result.Conflict("Ce code a déjà servi ou vient d'expirer : la réponse n'est pas enregistrée.");
        if (await HasAnsweredAsync(contentItemId, lease.Reference, ct))
            return Result.Conflict(AlreadyAnswered);
        foreach (var answer in answers)
        {
            db.Set<Vote>().Add(new Vote
            {
                ContentItemId = contentItemId, QuestionId = answer.QuestionId!, VoterKey = "l:" + lease.Reference, UserId = VoteChannels.NoAccount,
                OptionIds = string.Join(',', answer.OptionIds!), LeaseReference = lease.Reference, Building = lease.Building, Channel = channel,
                CreatedUtc = now, UpdatedUtc = now,
            });
            outbox.Add(new VoteCast(contentItemId, answer.QuestionId!, VoteChannels.NoAccount, Changed: false));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index (item, question, lease key): the household's answer came through another channel meanwhile.
            db.ChangeTracker.Clear();
            return Result.Conflict(AlreadyAnswered);
        }
        await transaction.CommitAsync(ct);
        results.Changed(tenant.Tenant.Name, contentItemId);
        await pages.InvalidateItemAsync(contentItemId, ct);
        return answers.Count;
    }
}
