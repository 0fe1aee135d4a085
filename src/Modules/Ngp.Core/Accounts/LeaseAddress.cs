namespace Ngp.Core.Accounts;

/// <summary>A lease of the agency's list with the address a letter needs (address fields are optional in the list). Staff only.</summary>
public sealed record LeaseAddress(string Reference, string Building, string Postcode, string? Street, string? City, string? Dwelling);
