namespace Ngp.Users.Leases;

/// <summary>A lease of the agency's lease list: what lets a resident's account be verified.</summary>
public sealed class Lease
{
    public int Id { get; set; }

    /// <summary>Reference as printed on the rent receipt, stored upper case without spaces.</summary>
    public required string Reference { get; set; }

    public required string Building { get; set; }

    public required string Postcode { get; set; }

    /// <summary>Number and street, as a letter is addressed (optional column of the import).</summary>
    public string? Street { get; set; }

    public string? City { get; set; }

    /// <summary>Staircase, floor, door: what finds the letterbox inside the building (optional column).</summary>
    public string? Dwelling { get; set; }

    public DateTimeOffset ImportedUtc { get; set; }

    public static string Normalize(string reference) =>
        new(reference.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
}
