using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Participation.Data;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Letters;

/// <summary>
/// Staff record a household's answer received on paper, at the agency's desk or by phone: flagged as such in the
/// results, once per lease whatever the channel. The endpoint or page checks the staff permission.
/// </summary>
public sealed class RecordAnswerAtDesk(ParticipationItems items, IUserDirectory directory, OfflineAnswers answers)
{
    public async Task<Result<int>> HandleAsync(string contentItemId, string? leaseReference, IReadOnlyList<VoteRequest> chosen, CancellationToken ct)
    {
        var item = await items.PublishedAsync(contentItemId, ct);
        if (item?.Consultation is not { } consultation)
            return Result.NotFound("Cette concertation n'existe pas.");
        if (string.IsNullOrWhiteSpace(leaseReference) || leaseReference.Length > 60)
            return Result.Invalid("Indiquez la référence du bail du foyer qui répond.", "leaseReference", "Référence du bail obligatoire.");
        if (await directory.FindLeaseAsync(leaseReference, ct) is not { } lease)
            return Result.Invalid("Ce bail n'est pas dans la liste des baux de l'agence.", "leaseReference", "Bail inconnu.");
        return await answers.WriteAsync(item.Id, consultation, lease, chosen, VoteChannels.Desk, claim: null, ct);
    }
}
