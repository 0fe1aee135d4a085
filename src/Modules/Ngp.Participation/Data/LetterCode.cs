namespace Ngp.Participation.Data;

/// <summary>
/// A letter's single-use code: it lets one household (a lease) answer one consultation once, without an account, until
/// it expires. Only the code's SHA-256 is stored; the code itself is printed on the letter.
/// </summary>
public sealed class LetterCode
{
    public long Id { get; set; }

    public required string CodeHash { get; set; }

    public required string ContentItemId { get; set; }

    public required string LeaseReference { get; set; }

    public required string Building { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    public DateTimeOffset? UsedUtc { get; set; }
}
