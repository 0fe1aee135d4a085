namespace Ngp.Users.Leases;

/// <summary>One lease as the lease list shows it, with how many accounts it verified.</summary>
public sealed record LeaseListRow(string Reference, string Building, string Postcode, DateTimeOffset ImportedUtc, int Accounts,
    string? Street = null, string? City = null, string? Dwelling = null);
