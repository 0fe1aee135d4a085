namespace Ngp.Core.Accounts;

/// <summary>A resident's lease as other modules see it: the reference (one household) and its building.</summary>
public sealed record UserLease(string Reference, string Building);
