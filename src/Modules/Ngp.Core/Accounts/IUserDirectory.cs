namespace Ngp.Core.Accounts;

/// <summary>
/// What other modules may know of the tenant's accounts, without reading the users module's tables: the
/// e-mail shown for an author, a reviewer, a stakeholder.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The e-mail of each known id, in one query; unknown ids (a deleted account) are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> EmailsAsync(IEnumerable<string> userIds, CancellationToken ct = default);

    /// <summary>E-mail and display name of each known id with an e-mail, in one query; unknown ids are absent.</summary>
    async Task<IReadOnlyList<DirectoryEntry>> DescribeAsync(IEnumerable<string> userIds, CancellationToken ct = default) =>
        (await EmailsAsync(userIds, ct)).Select(e => new DirectoryEntry(e.Key, e.Value, null)).ToList();

    /// <summary>
    /// The name others read for each id (<see cref="PublicName"/>), in one query; a deleted account reads
    /// <see cref="PublicName.Deleted"/>. Never an e-mail address or a part of one.
    /// </summary>
    async Task<IReadOnlyDictionary<string, string>> PublicNamesAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        var known = (await DescribeAsync(ids, ct)).ToDictionary(e => e.UserId, e => PublicName.Of(e.DisplayName, null, isResident: false));
        return ids.ToDictionary(id => id, id => known.GetValueOrDefault(id) ?? PublicName.Deleted);
    }

    /// <summary>Ids of the accounts holding at least one of the roles (by name: <c>Editor</c>), in one query.</summary>
    Task<IReadOnlyList<string>> InRolesAsync(IEnumerable<string> roles, CancellationToken ct = default) =>
        throw new NotSupportedException("This directory does not know roles.");

    /// <summary>The lease that verified this account (a resident), or null (staff, partners, unknown ids).</summary>
    Task<UserLease?> LeaseAsync(string userId, CancellationToken ct = default) => Task.FromResult<UserLease?>(null);

    /// <summary>The leases of the agency's list in these buildings (case ignored), by building then reference: who a letter goes to.</summary>
    Task<IReadOnlyList<LeaseAddress>> LeasesInBuildingsAsync(IReadOnlyCollection<string> buildings, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<LeaseAddress>>([]);

    /// <summary>The buildings of the agency's lease list, in order: what staff choose letters and posters from.</summary>
    Task<IReadOnlyList<string>> BuildingsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>One lease of the agency's list by its reference (spaces and case ignored), or null.</summary>
    Task<LeaseAddress?> FindLeaseAsync(string reference, CancellationToken ct = default) => Task.FromResult<LeaseAddress?>(null);
}
