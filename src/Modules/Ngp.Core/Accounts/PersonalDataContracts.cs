using System.Security.Cryptography;
using System.Text;
using Ngp.Core.Outbox;

namespace Ngp.Core.Accounts;

/// <summary>
/// An account was deleted at its owner's request: every module erases what it keeps about the person. The payload
/// names the account and a hash of its address, never the address itself: outbox rows are kept, and the erased
/// person's e-mail must not outlive the account in them.
/// </summary>
public sealed record UserDeleted(string UserId, string EmailHash) : IDomainEvent
{
    /// <summary>SHA-256 (hex) of the trimmed, lower-cased address: what a module compares its stored addresses against.</summary>
    public static string HashEmail(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}

/// <summary>
/// A module's share of a person's data export (GDPR article 15/20). The account page's JSON gathers every source
/// under its <see cref="Name"/>; a module that keeps nothing about the person answers null and is left out.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Key of the module's section in the export (camelCase: <c>notifications</c>).</summary>
    string Name { get; }

    Task<object?> ExportAsync(string userId, string? email, CancellationToken ct);
}
