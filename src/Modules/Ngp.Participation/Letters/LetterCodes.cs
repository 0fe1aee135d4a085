using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Participation.Data;

namespace Ngp.Participation.Letters;

/// <summary>
/// Issues and finds the single-use codes printed on letters. A code is 12 characters of Crockford's base32 (60 random
/// bits, no I, L, O or U) so it can be typed from paper; its expiry is stored beside its hash and judged on the
/// injected clock, like every expiry of the site.
/// </summary>
public sealed class LetterCodes(NgpDbContext db, TimeProvider clock, IOptions<ParticipationOptions> options)
{
    public const int Length = 12;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The path of a code's page, under the site's root.</summary>
    public static string PagePath(string code) => "participation/courrier/" + code;

    /// <summary>A new code for each lease, for this consultation; returns the codes by lease reference. The caller's scope saves.</summary>
    public async Task<IReadOnlyDictionary<string, string>> IssueAsync(string contentItemId, IReadOnlyList<LeaseAddress> leases, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddDays(options.Value.LetterCodeDays);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lease in leases)
        {
            var code = NewCode();
            codes[lease.Reference] = code;
            db.Set<LetterCode>().Add(new LetterCode
            {
                CodeHash = Hash(code), ContentItemId = contentItemId, LeaseReference = lease.Reference, Building = lease.Building,
                CreatedUtc = now, ExpiresUtc = expires,
            });
        }
        await db.SaveChangesAsync(ct);
        return codes;
    }

    public async Task<LetterCodeLookup> FindAsync(string? code, CancellationToken ct)
    {
        if (Normalize(code) is not { } normalized)
            return new LetterCodeLookup(LetterCodeStatus.Unknown, null);
        var hash = Hash(normalized);
        var row = await db.Set<LetterCode>().AsNoTracking().SingleOrDefaultAsync(c => c.CodeHash == hash, ct);
        if (row is null)
            return new LetterCodeLookup(LetterCodeStatus.Unknown, null);
        if (row.UsedUtc is not null)
            return new LetterCodeLookup(LetterCodeStatus.Used, row);
        return new LetterCodeLookup(row.ExpiresUtc <= clock.GetUtcNow() ? LetterCodeStatus.Expired : LetterCodeStatus.Valid, row);
    }

    /// <summary>
    /// Marks the code used if it still is valid, in the caller's transaction: one statement, so of two submissions of
    /// the same letter at once only one gets it.
    /// </summary>
    public async Task<bool> ClaimAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.Set<LetterCode>().Where(c => c.Id == id && c.UsedUtc == null && c.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedUtc, now), ct) == 1;
    }

    /// <summary>The code as typed (spaces, dashes and case ignored; O read as 0, I and L as 1), or null when it cannot be one.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40)
            return null;
        var text = new StringBuilder(Length);
        foreach (var c in code.ToUpperInvariant())
        {
            if (c is ' ' or '-')
                continue;
            var read = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (!Alphabet.Contains(read, StringComparison.Ordinal))
                return null;
            text.Append(read);
        }
        return text.Length == Length ? text.ToString() : null;
    }

    /// <summary>The code printed in groups of four, easier to copy: « 7KQ2-M9XD-4TRB ».</summary>
    public static string Printed(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code)));

    private static string NewCode()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }
}
