using Ngp.Users;
using Ngp.Users.Leases;

namespace Ngp.Tests.Unit;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("Locataire-2026", 0)]
    [InlineData("court1A", 1)]
    [InlineData("toutenminuscule1", 1)]
    [InlineData("TOUTENMAJUSCULE1", 1)]
    [InlineData("SansChiffreDuTout", 1)]
    [InlineData("Aa1Aa1Aa1Aa1", 1)]
    public async Task CheckPassword_ExplainsEachMissingRule(string password, int errors) =>
        Assert.Equal(errors, (await UserRules.CheckPasswordAsync(password)).Count);

    [Theory]
    [InlineData("marie@exemple.fr", true)]
    [InlineData("marie@exemple", false)]
    [InlineData("Marie <marie@exemple.fr>", false)]
    [InlineData("", false)]
    public void IsEmail_AcceptsOnlyPlainAddresses(string value, bool expected) => Assert.Equal(expected, UserRules.IsEmail(value));

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("\"a,1\",\"b \"\"c\"\"\",d", new[] { "a,1", "b \"c\"", "d" })]
    [InlineData("a;b;c", new[] { "a", "b", "c" })]
    [InlineData("a,,c", new[] { "a", "", "c" })]
    public void SplitCsvLine_FollowsRfc4180Quotes(string line, string[] expected) =>
        Assert.Equal(expected, LeaseImport.SplitCsvLine(line));

    [Fact]
    public void SplitCsvLine_WithUnclosedQuote_IsRejected() => Assert.Null(LeaseImport.SplitCsvLine("\"a,b"));

    [Theory]
    [InlineData(" demo-0001 ", "DEMO-0001")]
    [InlineData("ab 12 c", "AB12C")]
    public void NormalizeLease_IgnoresCaseAndSpaces(string input, string expected) => Assert.Equal(expected, Lease.Normalize(input));
}
