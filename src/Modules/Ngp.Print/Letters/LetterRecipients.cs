using Ngp.Core.Accounts;
using Ngp.Core.Results;

namespace Ngp.Print.Letters;

/// <summary>
/// The households a run of letters goes to: every lease of the buildings staff chose, read against the lease list's
/// names, with the same French refusals whatever the letter is about (a consultation, a meeting).
/// </summary>
public sealed class LetterRecipients(IUserDirectory directory)
{
    /// <summary>Most letters in one PDF: a whole agency's buildings (about 3,000 homes) in one download, not more.</summary>
    public const int MaxLetters = 5_000;

    public async Task<Result<LeaseAddress[]>> LeasesAsync(IReadOnlyList<string?> buildings, CancellationToken ct)
    {
        var (chosen, unknown) = BuildingChoice.Resolve(buildings, await directory.BuildingsAsync(ct));
        if (unknown.Count > 0)
            return Result.Invalid($"Immeuble inconnu dans la liste des baux : {string.Join(", ", unknown)}.", "buildings", "Immeuble inconnu.");
        if (chosen.Count == 0)
            return Result.Invalid("Choisissez au moins un immeuble, par son nom dans la liste des baux (buildings=A,B).", "buildings", "Au moins un immeuble.");
        var leases = await directory.LeasesInBuildingsAsync(chosen, ct);
        if (leases.Count == 0)
            return Result.Invalid($"Aucun bail connu dans : {string.Join(", ", chosen)}.", "buildings", "Aucun bail dans ces immeubles.");
        if (leases.Count > MaxLetters)
            return Result.Invalid($"Ces immeubles comptent {leases.Count} baux : imprimez-les en plusieurs fois ({MaxLetters} courriers au plus).", "buildings", "Trop de courriers.");
        return leases.ToArray();
    }
}
