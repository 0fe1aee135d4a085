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
    /// <summary>
    /// What a row that others rely on (a comment in a thread, a dwelling choice, a content version) names instead of
    /// an erased account: no account has this id, so pages show « Compte supprimé » and nobody is notified.
    /// </summary>
    public const string ErasedUserId = "deleted-account";

    /// <summary>SHA-256 (hex) of the trimmed, lower-cased address: what a module compares its stored addresses against.</summary>
    public static string HashEmail(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
