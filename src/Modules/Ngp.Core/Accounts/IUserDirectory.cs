namespace Ngp.Core.Accounts;

/// <summary>
/// What other modules may know of the tenant's accounts, without reading the users module's tables: the
/// e-mail shown for an author, a reviewer, a stakeholder.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The e-mail of each known id, in one query; unknown ids (a deleted account) are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> EmailsAsync(IEnumerable<string> userIds, CancellationToken ct = default);
}
