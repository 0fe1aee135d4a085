using Ngp.Core.Results;
using Ngp.Core.Security;

namespace Ngp.Users.Accounts;

/// <summary>
/// A resident registers with a lease, by the API or the form. The answer never tells whether the address already has
/// an account: the lease rules answer alike for any address, and a taken address gets the same success while its
/// owner is mailed « you already have an account » instead of a second account being made.
/// </summary>
public sealed class ResidentRegistration(UserProvisioning provisioning, AccountEmails emails)
{
    public const string Done = "Votre inscription est enregistrée : connectez-vous avec votre adresse e-mail et votre mot de passe. Si cette adresse avait déjà un compte, un e-mail vient de vous le rappeler.";

    public async Task<Result> HandleAsync(string? email, string? password, string? leaseReference, AccountLinks links, CancellationToken ct)
    {
        var created = await provisioning.CreateUnlessTakenAsync(new NewUser(email, password, [NgpRoles.Resident], leaseReference, null), ct);
        if (!created.IsOk)
            return created;
        if (created.Value is null)
            await emails.SendAlreadyRegisteredAsync(email!.Trim(), links, ct);
        return Result.Success();
    }
}
