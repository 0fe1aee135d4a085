namespace Ngp.Core.Accounts;

/// <summary>An account as other modules see it.</summary>
public sealed record DirectoryEntry(string UserId, string Email, string? DisplayName);
