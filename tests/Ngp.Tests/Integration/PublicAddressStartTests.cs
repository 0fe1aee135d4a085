using Ngp.Web;

namespace Ngp.Tests.Integration;

public sealed class PublicAddressStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ngp-address-" + Guid.NewGuid().ToString("N")[..12]);

    private async Task<InvalidOperationException> StartProductionSiteAsync(params string[] settings)
    {
        await using var site = NgpHost.Build(
            ["--applicationName=Ngp.Web", "--environment=Production", $"--Ngp:DataPath={_folder}", "--Ngp:Setup:DemoRecipe=",
             "--Ngp:DataProtection:AllowUnprotectedKeys=true", "--urls=http://127.0.0.1:0", .. settings]);
        return await Assert.ThrowsAsync<InvalidOperationException>(() => site.StartAsync());
    }

    [Fact]
    public async Task ProductionStart_WithoutPublicAddress_IsRefusedNamingTheSetting()
    {
        var error = await StartProductionSiteAsync();

        Assert.Contains("Ngp:Notifications:PublicBaseUrl", error.Message);
        Assert.Contains("Siège", error.Message);
        Assert.Contains("ne mèneraient nulle part", error.Message);
    }

    [Fact]
    public async Task ProductionStart_WithALoopbackAddress_IsRefusedAsLocal()
    {
        var error = await StartProductionSiteAsync("--Ngp:Notifications:PublicBaseUrl=http://localhost:5000");

        Assert.Contains("http://localhost:5000/", error.Message);
        Assert.Contains("adresse locale", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
