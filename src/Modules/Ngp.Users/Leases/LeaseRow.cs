namespace Ngp.Users.Leases;

/// <summary>A lease of an imported list; an address field is null when the list has no such column, empty to clear it.</summary>
public sealed record LeaseRow(string LeaseReference, string Building, string Postcode, string? Street = null, string? City = null, string? Dwelling = null);
