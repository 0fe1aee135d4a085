using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Backup;
using Ngp.Tests.Harness;
using SkiaSharp;
using static Ngp.Tests.Harness.ParticipationHarness;

namespace Ngp.Tests.Integration;

/// <summary>
/// <c>backup</c> then <c>restore</c> on a new machine (a fresh data folder; on PostgreSQL the databases dropped first):
/// the site comes back with its items, votes, accounts and images.
/// </summary>
public abstract class BackupTests<TFactory>
    where TFactory : NgpFactory, new()
{
    protected abstract TFactory Restored(NgpFactory original, string dataPath);

    [SkippableFact]
    public async Task Restore_OfABackup_OnAFreshDataFolder_BringsBackItemsVotesAccountsAndImages()
    {
        var backupFolder = Path.Combine(Path.GetTempPath(), "ngp-tests", "backup-" + Guid.NewGuid().ToString("N")[..8]);
        var original = new TFactory();
        string agencyPath, consultation, imageUrl, residentEmail;
        await using (original)
        {
            var agency = await original.CreateAgencyAsync();
            agencyPath = agency.PathBase;
            var admin = await agency.AdminAsync();
            await NewsApi.CreateAndPublishAsync(admin, "Sauvegardée avant la panne");
            consultation = await PublishConsultationAsync(admin, results: "live");
            var resident = await agency.CreateResidentAsync();
            residentEmail = resident.Email;
            Assert.Equal(HttpStatusCode.OK, (await VoteAsync(resident.Api, consultation, "q", "b")).StatusCode);
            var upload = await MediaSamples.UploadAsync(admin, MediaSamples.Image(SKEncodedImageFormat.Png, 800, 600), "plan.png", "image/png");
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            imageUrl = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

            await original.Services.GetRequiredService<SiteBackup>().BackupAsync(backupFolder, CancellationToken.None);
        }

        var dataPath = Path.Combine(Path.GetTempPath(), "ngp-tests", "restored-" + Guid.NewGuid().ToString("N")[..8]);
        await using var restored = Restored(original, dataPath);
        await RestoreAsync(restored, backupFolder);

        var visitor = restored.ClientFor(agencyPath);
        Assert.Contains("Sauvegardée avant la panne", await visitor.GetStringAsync(""));
        var results = await JsonAsync(await visitor.GetAsync($"api/v1/consultations/{consultation}/results"));
        Assert.Equal(1, results.GetProperty("voters").GetInt32());
        Assert.Equal(1, results.GetProperty("questions")[0].GetProperty("options")[1].GetProperty("votes").GetInt32());
        var signedIn = await restored.TokenClientAsync(agencyPath, residentEmail, NgpFactory.StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("api/v1/me")).StatusCode);
        var image = await visitor.GetAsync(imageUrl);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Directory.Delete(backupFolder, recursive: true);
    }

    /// <summary>What <c>dotnet run --project src/Ngp.Web -- restore &lt;folder&gt;</c> does, with the restored site's settings.</summary>
    private static async Task RestoreAsync(NgpFactory site, string folder)
    {
        List<string> args = ["--applicationName=Ngp.Web", "--environment=Testing", $"--Ngp:DataPath={site.DataPath}", $"--Ngp:Database:Provider={site.Provider}", $"--Ngp:Database:DatabasePrefix={site.DatabasePrefix}"];
        if (site.Provider == DatabaseProvider.Postgres)
            args.Add($"--Ngp:Database:ConnectionStringTemplate={PostgresFactory.Template}");
        await using var tool = Ngp.Web.NgpHost.Build([.. args]);
        await tool.Services.GetRequiredService<SiteBackup>().RestoreAsync(folder, CancellationToken.None);
    }
}

public sealed class BackupTestsOnSqlite : BackupTests<SqliteFactory>
{
    protected override SqliteFactory Restored(NgpFactory original, string dataPath) => new() { DataPath = dataPath };
}

public sealed class BackupTestsOnPostgres : BackupTests<PostgresFactory>
{
    protected override PostgresFactory Restored(NgpFactory original, string dataPath) => new() { DataPath = dataPath, DatabasePrefix = original.DatabasePrefix };
}
