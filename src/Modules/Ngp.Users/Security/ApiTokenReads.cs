using Microsoft.Extensions.Caching.Memory;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Security;

/// <summary>
/// What valid tokens hold, kept a minute per tenant and token: unprotecting a token (key derivation, MAC, decryption)
/// would be paid again at each request of a client (docs/decisions/0010). Only tokens that unprotected in their own
/// tenant are kept, their expiry is checked at each use, and what revokes them (the security stamp) is checked by
/// <see cref="BearerTokenHandler"/> at each request all the same.
/// </summary>
public sealed class ApiTokenReads : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public sealed record Content(string UserId, string Stamp, DateTimeOffset ExpiresUtc);

    private readonly MemoryCache _reads = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public Content? TryGet(TenantDescriptor tenant, string token) =>
        _reads.TryGetValue((tenant.Name, tenant.CreatedUtc, token), out Content? content) ? content : null;

    public void Keep(TenantDescriptor tenant, string token, Content content, DateTimeOffset now)
    {
        var left = content.ExpiresUtc - now;
        if (left <= TimeSpan.Zero)
            return;
        _reads.Set((tenant.Name, tenant.CreatedUtc, token), content, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = left < Lifetime ? left : Lifetime });
    }

    public void Dispose() => _reads.Dispose();
}
