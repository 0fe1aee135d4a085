namespace Ngp.Core.Accounts;

/// <summary>
/// What other modules may know of the tenant's accounts, without reading the users module's tables: the
/// e-mail shown for an author, a reviewer, a stakeholder.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The e-mail of each known id, in one query; unknown ids (a deleted account) are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> EmailsAsync(IEnumerable<string> userIds, CancellationToken ct = default);

    /// <summary>The lease that verified this account (a resident), or null (staff, partners, unknown ids).</summary>
    Task<UserLease?> LeaseAsync(string userId, CancellationToken ct = default) => Task.FromResult<UserLease?>(null);
}

/// <summary>A resident's lease as other modules see it: the reference (one household) and its building.</summary>
public sealed record UserLease(string Reference, string Building);
