using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Web;

namespace Ngp.Tests.Integration;

/// <summary>
/// The data-protection keys (which protect tokens, links and SMTP passwords) are encrypted at rest with the operator's
/// certificate, and a production site refuses to write them in clear unless told to.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ngp-keyring-" + Guid.NewGuid().ToString("N")[..12]);

    private string KeysFolder => Path.Combine(_folder, "keys");

    private WebApplication BuildProductionSite(params string[] settings) =>
        NgpHost.Build(["--applicationName=Ngp.Web", "--environment=Production", $"--Ngp:DataPath={_folder}", "--Ngp:Setup:DemoRecipe=", .. settings]);

    [Fact]
    public void ProductionSite_WithoutCertificate_RefusesToStartAndNamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuildProductionSite());

        Assert.Contains("Ngp:DataProtection:CertificatePath", error.Message);
        Assert.Contains("Ngp:DataProtection:AllowUnprotectedKeys=true", error.Message);
        Assert.False(Directory.Exists(KeysFolder) && Directory.EnumerateFiles(KeysFolder).Any());
    }

    [Fact]
    public async Task ProductionSite_AllowedUnprotectedKeys_Starts()
    {
        await using var site = BuildProductionSite("--Ngp:DataProtection:AllowUnprotectedKeys=true");

        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("secret", protector.Unprotect(protector.Protect("secret")));
    }

    [Fact]
    public async Task ProductionSite_WithACertificate_WritesItsKeysEncrypted()
    {
        Directory.CreateDirectory(_folder);
        var pfx = Path.Combine(_folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ngp-test-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "Mot-De-Passe-Du-Certificat"));
        }

        await using var site = BuildProductionSite($"--Ngp:DataProtection:CertificatePath={pfx}", "--Ngp:DataProtection:CertificatePassword=Mot-De-Passe-Du-Certificat");
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var roundTrip = protector.Unprotect(protector.Protect("secret"));

        Assert.Equal("secret", roundTrip);
        var keys = Directory.EnumerateFiles(KeysFolder, "key-*.xml").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
            Assert.Contains("<EncryptedData", key, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
