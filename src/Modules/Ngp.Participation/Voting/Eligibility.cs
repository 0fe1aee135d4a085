using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Voting;

/// <summary>Who may vote in a consultation: verified residents of the agency (a lease), or only those of chosen buildings.</summary>
public static class Eligibility
{
    public const string NeedsLease = "Seuls les locataires de l'agence, vérifiés par leur bail, peuvent voter.";

    public static Result.Failure? Check(Consultation consultation, UserLease? lease)
    {
        if (lease is null)
            return Result.Forbidden(NeedsLease);
        if (consultation.OnlyBuildings && !consultation.Buildings.Contains(lease.Building, StringComparer.OrdinalIgnoreCase))
            return Result.Forbidden($"Cette concertation est réservée aux locataires de : {string.Join(", ", consultation.Buildings)}.");
        return null;
    }
}
