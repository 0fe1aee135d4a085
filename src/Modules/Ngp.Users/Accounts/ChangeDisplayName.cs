using Microsoft.AspNetCore.Identity;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Web;

namespace Ngp.Users.Accounts;

/// <summary>The person chooses the name others read on their comments (<see cref="PublicName"/>); empty goes back to the default.</summary>
public sealed class ChangeDisplayName(UserManager<NgpUser> users, IPublicPageCache publicPages)
{
    public async Task<Result> HandleAsync(NgpUser user, string? displayName, CancellationToken ct)
    {
        string? chosen = null;
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            if (PublicName.Refusal(displayName, user.Email) is { } refusal)
                return Result.Invalid(refusal, "displayName", refusal);
            chosen = PublicName.Normalize(displayName);
        }
        user.DisplayName = chosen;
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded)
            return Result.Conflict("Votre nom n'a pas pu être enregistré : rechargez la page et réessayez.", "displayName");
        // Pages kept for visitors show comment authors by this name.
        await publicPages.InvalidateAsync(ct);
        return Result.Success();
    }
}
