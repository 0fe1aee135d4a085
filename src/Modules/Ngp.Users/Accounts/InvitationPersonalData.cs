using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

/// <summary>
/// Invitations in the export and at erasure: those the person sent (staff) keep the invitee's row but no longer name
/// who invited; the one that brought the person here holds their address and goes.
/// </summary>
public sealed class InvitationPersonalData(NgpDbContext db) : IPersonalDataContributor
{
    public string Name => "invitations";

    public IReadOnlyCollection<Type> Entities => [typeof(Invitation)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var sent = await db.Set<Invitation>().AsNoTracking().Where(i => i.InvitedBy == userId || (email != null && i.InvitedBy == email)).OrderBy(i => i.Id)
            .Select(i => new { email = i.Email, role = i.Role, createdUtc = i.CreatedUtc, acceptedUtc = i.AcceptedUtc })
            .ToListAsync(ct);
        var received = email is null ? [] : await db.Set<Invitation>().AsNoTracking().Where(i => i.Email == email).OrderBy(i => i.Id)
            .Select(i => new { role = i.Role, createdUtc = i.CreatedUtc, acceptedUtc = i.AcceptedUtc })
            .ToListAsync(ct);
        return sent.Count == 0 && received.Count == 0
            ? null
            : new
            {
                sent = sent.Select(i => new { i.email, i.role, roleLabel = RoleLabels.French(i.role), i.createdUtc, i.acceptedUtc }),
                received = received.Select(i => new { i.role, roleLabel = RoleLabels.French(i.role), i.createdUtc, i.acceptedUtc }),
            };
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct)
    {
        // The event carries no address: older invitations name their inviter by it, and the person's own invitation
        // holds it; both are found by its hash.
        var inviters = await db.Set<Invitation>().Where(i => i.InvitedBy != null).Select(i => i.InvitedBy!).Distinct().ToListAsync(ct);
        var byAddress = inviters.Where(a => UserDeleted.HashEmail(a) == deleted.EmailHash).ToList();
        await db.Set<Invitation>().Where(i => i.InvitedBy == deleted.UserId || byAddress.Contains(i.InvitedBy!))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.InvitedBy, (string?)null), ct);
        var addresses = await db.Set<Invitation>().Select(i => i.Email).Distinct().ToListAsync(ct);
        var theirs = addresses.Where(a => UserDeleted.HashEmail(a) == deleted.EmailHash).ToList();
        await db.Set<Invitation>().Where(i => theirs.Contains(i.Email)).ExecuteDeleteAsync(ct);
    }
}
