using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Web;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

public sealed class VoteFormsReader(NgpDbContext db, CurrentParticipant participant, TimeProvider clock)
{
    public async Task<VoteFormsView> ReadAsync(ParticipationItem item, Consultation consultation, ModelStateDictionary modelState, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var mine = new Dictionary<string, string[]>();
        string? refusal = null;
        if (participant.UserId is { } userId)
        {
            var lease = await participant.LeaseAsync(ct);
            refusal = Eligibility.Check(consultation, lease)?.Message;
            var key = consultation.PerLease ? (lease is null ? null : "l:" + lease.Reference) : "u:" + userId;
            if (refusal is null && lease is not null
                && await db.Set<Data.Vote>().AnyAsync(v => v.ContentItemId == item.Id && v.LeaseReference == lease.Reference && v.Channel != null, ct))
                refusal = "Votre logement a répondu par courrier ou à l'accueil de l'agence : cette réponse est définitive.";
            if (key is not null)
            {
                mine = (await db.Set<Data.Vote>().AsNoTracking().Where(v => v.ContentItemId == item.Id && v.VoterKey == key).Select(v => new { v.QuestionId, v.OptionIds }).ToListAsync(ct))
                    .ToDictionary(v => v.QuestionId, v => v.OptionIds.Split(','));
            }
        }
        if (consultation.OpensUtc is { } opens && now < opens)
            refusal = $"Le vote ouvre le {ParisTime.DateAndTime(opens, ParisTime.French)}.";
        else if (consultation.IsClosedAt(now))
            refusal = $"La concertation est close depuis le {ParisTime.DateAndTime(consultation.ClosesUtc!.Value, ParisTime.French)}.";
        return new VoteFormsView(item, consultation, mine, refusal, participant.UserId is not null, consultation.ResultsVisibleAt(now), modelState);
    }
}
