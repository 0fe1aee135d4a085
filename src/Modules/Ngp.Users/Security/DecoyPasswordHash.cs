using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Ngp.Core.Data;

namespace Ngp.Users.Security;

/// <summary>
/// A password hash that belongs to nobody, made once by the site's own hasher: checking a password against it costs
/// what checking an account's costs, so an address without account is not answered sooner.
/// </summary>
public sealed class DecoyPasswordHash
{
    private static readonly NgpUser Nobody = new();
    private string? _hash;

    /// <summary>Runs the same verification as for an account; the answer is always a failure.</summary>
    public void Verify(IPasswordHasher<NgpUser> hasher, string password)
    {
        // Two first calls at once may each make a hash; either serves.
        _hash ??= hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32));
        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
