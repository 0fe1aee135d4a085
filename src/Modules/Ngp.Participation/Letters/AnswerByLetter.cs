using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Letters;

/// <summary>
/// A household answers a consultation with the single-use code printed on its letter, without an account: the code
/// answers for its lease and its consultation only, once, until it expires.
/// </summary>
public sealed class AnswerByLetter(LetterCodes codes, ParticipationItems items, OfflineAnswers answers)
{
    public const string Unknown = "Ce code de courrier n'existe pas. Vérifiez les caractères recopiés ou scannez à nouveau le QR code de votre courrier.";

    public const string Used = "Ce code a déjà servi : la réponse de votre logement est enregistrée. Une seule réponse par logement est possible ; pour toute question, contactez votre agence.";

    /// <summary>The code's consultation when the code can still answer; otherwise the French reason, for the page that says it.</summary>
    public async Task<Result<LetterInvitation>> OpenAsync(string? code, CancellationToken ct)
    {
        var found = await codes.FindAsync(code, ct);
        switch (found.Status)
        {
            case LetterCodeStatus.Unknown:
                return Result.NotFound(Unknown);
            case LetterCodeStatus.Used:
                return Result.Conflict(Used);
            case LetterCodeStatus.Expired:
                return Result.Conflict($"Ce code a expiré le {ParisTime.Date(found.Code!.ExpiresUtc, ParisTime.French)}. Vous pouvez toujours répondre à l'accueil de votre agence ou par téléphone.");
        }
        var item = await items.PublishedAsync(found.Code!.ContentItemId, ct);
        if (item?.Consultation is not { } consultation)
            return Result.NotFound("La concertation de ce courrier n'est plus en ligne. Contactez votre agence.");
        return new LetterInvitation(found.Code, item, consultation);
    }

    public async Task<Result<int>> HandleAsync(string? code, IReadOnlyList<VoteRequest> chosen, CancellationToken ct)
    {
        var open = await OpenAsync(code, ct);
        if (!open.IsOk)
            return open.ToFailure();
        var (row, item, consultation) = (open.Value.Code, open.Value.Item, open.Value.Consultation);
        var lease = new LeaseAddress(row.LeaseReference, row.Building, "", null, null, null);
        return await answers.WriteAsync(item.Id, consultation, lease, chosen, VoteChannels.Letter, c => codes.ClaimAsync(row.Id, c), ct);
    }
}
