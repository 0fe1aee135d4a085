using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Mail;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

/// <summary>An administrator invites a partner or a member of staff by an e-mail link that creates their account.</summary>
public sealed class Invitations(NgpDbContext db, IEmailSender mail, ITenantContext tenantContext, UserProvisioning provisioning, TimeProvider clock)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    /// <summary>Creates the invitation and sends its link; <paramref name="acceptUrl"/> receives the token in its query.</summary>
    public async Task<Result<Invitation>> InviteAsync(string? email, string? role, string invitedBy, Func<string, string> acceptUrl, CancellationToken ct)
    {
        email = email?.Trim() ?? "";
        if (!UserRules.IsEmail(email))
            return Result.Invalid("Indiquez une adresse e-mail valide.", "email", "Adresse e-mail invalide.");
        if (role is null || !NgpRoles.Invitable.Contains(role))
            return Result.Invalid("Choisissez un rôle parmi : " + string.Join(", ", NgpRoles.Invitable) + ".", "role", "Rôle invalide.");
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct))
            return Result.Conflict($"Un compte existe déjà avec l'adresse {email}.", "email");

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var invitation = new Invitation
        {
            Email = email,
            Role = role,
            TokenHash = Hash(token),
            CreatedUtc = clock.GetUtcNow(),
            ExpiresUtc = clock.GetUtcNow().Add(Validity),
            InvitedBy = invitedBy,
        };
        db.Set<Invitation>().Add(invitation);
        await db.SaveChangesAsync(ct);

        var site = tenantContext.Tenant.DisplayName;
        var link = acceptUrl(token);
        await mail.SendAsync(
            email,
            $"Invitation à rejoindre {site}",
            $"<p>Bonjour,</p><p>Vous êtes invité(e) à rejoindre le site participatif <strong>{WebUtility.HtmlEncode(site)}</strong> avec le rôle {WebUtility.HtmlEncode(RoleLabels.French(role))}.</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Créer mon compte</a> (lien valable 7 jours)</p>",
            $"Bonjour,\n\nVous êtes invité(e) à rejoindre le site participatif {site} avec le rôle {RoleLabels.French(role)}.\nCréez votre compte (lien valable 7 jours) : {link}\n",
            ct);
        return invitation;
    }

    public async Task<Invitation?> FindValidAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 128)
            return null;
        var hash = Hash(token);
        var invitation = await db.Set<Invitation>().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is { AcceptedUtc: null } && invitation.ExpiresUtc > clock.GetUtcNow() ? invitation : null;
    }

    public async Task<Result<NgpUser>> AcceptAsync(string? token, string? password, CancellationToken ct)
    {
        var invitation = await FindValidAsync(token, ct);
        if (invitation is null)
            return Result.NotFound("Cette invitation n'existe pas, a expiré ou a déjà servi. Demandez-en une nouvelle à votre agence.");
        var result = await provisioning.CreateAsync(new NewUser(invitation.Email, password, [invitation.Role], null, null), ct);
        if (!result.IsOk)
            return result;
        invitation.AcceptedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return result;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
}
