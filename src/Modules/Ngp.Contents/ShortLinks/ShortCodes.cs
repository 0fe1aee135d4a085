using System.Security.Cryptography;

namespace Ngp.Contents.ShortLinks;

/// <summary>
/// Codes of short addresses: digits and capitals that cannot be mistaken for one another when read off a wall or
/// typed on a phone (no 0/O, 1/I/L, no U/V), read back whatever the case.
/// </summary>
public static class ShortCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public const int Length = 4;

    public const int MaxLength = 8;

    /// <summary>A random code; <paramref name="length"/> grows only when the short ones are crowded.</summary>
    public static string New(int length = Length) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>The code as stored, or null when it cannot be one (so nothing is looked up).</summary>
    public static string? Normalize(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        return value is { Length: >= Length and <= MaxLength } && value.All(c => Alphabet.Contains(c)) ? value : null;
    }
}
