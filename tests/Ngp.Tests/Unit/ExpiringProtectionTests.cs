using Microsoft.AspNetCore.DataProtection;
using Ngp.Core.Security;

namespace Ngp.Tests.Unit;

public sealed class ExpiringProtectionTests
{
    private readonly IDataProtector _protector = new EphemeralDataProtectionProvider().CreateProtector("test", "agence");

    [Fact]
    public void Unprotect_BeforeItsExpiry_GivesThePayload_AndAtItsExpiryNothing()
    {
        var now = DateTimeOffset.UtcNow.AddYears(-5);
        var token = _protector.Protect("utilisateur\ntampon", now.AddHours(8));

        Assert.True(_protector.TryUnprotect(token, now.AddHours(8).AddTicks(-1), out var payload, out var expires));
        Assert.Equal("utilisateur\ntampon", payload);
        Assert.Equal(now.AddHours(8), expires);
        Assert.False(_protector.TryUnprotect(token, now.AddHours(8), out _, out _));
    }

    [Fact]
    public void Unprotect_AnotherPurposeATamperedTokenOrGarbage_GivesNothing()
    {
        var now = DateTimeOffset.UtcNow;
        var token = _protector.Protect("utilisateur", now.AddHours(1));
        var other = new EphemeralDataProtectionProvider().CreateProtector("test", "autre-agence");
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        Assert.False(other.TryUnprotect(token, now, out _, out _));
        Assert.False(_protector.TryUnprotect(tampered, now, out _, out _));
        Assert.False(_protector.TryUnprotect("pas un jeton", now, out _, out _));
        Assert.False(_protector.TryUnprotect("", now, out _, out _));
    }

    [Fact]
    public void Tokens_OfTheFrameworksTimeLimitedProtector_AreReadBothWays()
    {
        var expires = DateTimeOffset.UtcNow.AddHours(8);
        var issuedBefore = _protector.ToTimeLimitedDataProtector().Protect("utilisateur\ntampon", expires);
        var issuedNow = _protector.Protect("utilisateur\ntampon", expires);

        Assert.True(_protector.TryUnprotect(issuedBefore, DateTimeOffset.UtcNow, out var payload, out var read));
        Assert.Equal("utilisateur\ntampon", payload);
        Assert.Equal(expires, read);
        Assert.Equal("utilisateur\ntampon", _protector.ToTimeLimitedDataProtector().Unprotect(issuedNow));
    }
}
