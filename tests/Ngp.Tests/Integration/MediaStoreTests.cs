using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Media;
using Ngp.Media.Storage;
using Ngp.Tests.Harness;
using SkiaSharp;

namespace Ngp.Tests.Integration;

/// <summary>Where images are kept (<c>Ngp:Media:Store</c>) and how those no content uses any more go.</summary>
public abstract class MediaStoreTests<TFactory>
    where TFactory : NgpFactory, IWebNode, new()
{
    /// <summary>The <c>Ngp:Media:Store</c> setting of the class; null for the provider's default.</summary>
    protected virtual string? Store => null;

    protected abstract bool ExpectsDatabase { get; }

    private TFactory NewSite()
    {
        var factory = new TFactory();
        if (Store is { } store)
            factory.Settings["Ngp:Media:Store"] = store;
        return factory;
    }

    [SkippableFact]
    public async Task Upload_IsKeptWhereTheStoreSays_AndServed()
    {
        await using var factory = NewSite();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();

        var url = await MediaSteps.UploadAsync(admin, 1200, 800);
        var served = await agency.Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(1200, MediaSamples.Decode(await served.Content.ReadAsByteArrayAsync()).Width);
        var rows = await MediaSteps.RowsAsync(agency);
        var files = Directory.Exists(Path.Combine(agency.Tenant.DataFolder, MediaLayout.FolderName));
        // The original and its 480 and 960 pixels wide copies.
        Assert.Equal(ExpectsDatabase ? 3 : 0, rows);
        Assert.Equal(!ExpectsDatabase, files);
    }

    [SkippableFact]
    public async Task Cleanup_DeletesAnUnsavedUploadAfterItsGracePeriod_AndTheImageOfADeletedItem()
    {
        await using var factory = NewSite();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var used = await MediaSteps.UploadAsync(admin, 800, 600);
        var neverSaved = await MediaSteps.UploadAsync(admin, 700, 500);
        var news = await MediaSteps.NewsWithImageAsync(admin, agency, used);
        var cleaner = factory.Services.GetRequiredService<UnusedMediaCleaner>();

        var young = await cleaner.RunOnceAsync(agency.Tenant, CancellationToken.None);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var old = await cleaner.RunOnceAsync(agency.Tenant, CancellationToken.None);
        var usedAfterGrace = await agency.Client().GetAsync(used);
        var neverSavedAfterGrace = await agency.Client().GetAsync(neverSaved);
        // Two days on, the morning's token has expired: the administrator signs in again.
        Assert.Equal(HttpStatusCode.NoContent, (await (await agency.AdminAsync()).DeleteAsync($"api/v1/content/{news}")).StatusCode);
        var afterDeletion = await cleaner.RunOnceAsync(agency.Tenant, CancellationToken.None);

        Assert.Equal(0, young);
        Assert.Equal(1, old);
        Assert.Equal(HttpStatusCode.OK, usedAfterGrace.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neverSavedAfterGrace.StatusCode);
        Assert.Equal(1, afterDeletion);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Client().GetAsync(used)).StatusCode);
        Assert.Empty(await MediaSamples.StoredFilesAsync(agency));
    }
}

public sealed class MediaStoreTestsOnSqlite : MediaStoreTests<SqliteNode>
{
    protected override bool ExpectsDatabase => false;
}

public sealed class MediaStoreTestsOnSqliteWithDatabaseStore : MediaStoreTests<SqliteNode>
{
    protected override string? Store => "Database";

    protected override bool ExpectsDatabase => true;
}

public sealed class MediaStoreTestsOnPostgres : MediaStoreTests<PostgresNode>
{
    protected override bool ExpectsDatabase => true;
}

public sealed class MediaStoreTestsOnPostgresWithFilesStore : MediaStoreTests<PostgresNode>
{
    protected override string? Store => "Files";

    protected override bool ExpectsDatabase => false;
}

/// <summary>Two web nodes on one PostgreSQL server, each with its own data folder: an image belongs to neither.</summary>
public sealed class MediaAcrossNodesTestsOnPostgres
{
    [SkippableFact]
    public async Task ImageUploadedOnNodeA_IsServedByNodeB_AndOnceItsItemIsDeletedByNeither()
    {
        await using var nodeA = new PostgresNode();
        var agency = await nodeA.CreateAgencyAsync();
        var (nodeB, agencyOnB) = WebNodes.SecondNode(nodeA, agency);
        await using var _ = nodeB;
        var adminOnA = await agency.AdminAsync();
        var url = await MediaSteps.UploadAsync(adminOnA, 1000, 700);
        var news = await MediaSteps.NewsWithImageAsync(adminOnA, agency, url);
        var cached = Path.Combine(agencyOnB.Tenant.DataFolder, "media-cache", url[(agency.PathBase.Length + "/media/".Length)..]);

        var onA = await agency.Client().GetByteArrayAsync(url);
        var onB = await agencyOnB.Client().GetAsync(url);
        var cachedOnB = File.Exists(cached);
        Assert.Equal(HttpStatusCode.NoContent, (await (await agencyOnB.AdminAsync()).DeleteAsync($"api/v1/content/{news}")).StatusCode);
        nodeA.Clock.Advance(TimeSpan.FromDays(2));
        var deleted = await nodeA.Services.GetRequiredService<UnusedMediaCleaner>().RunOnceAsync(agency.Tenant, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(onA, await onB.Content.ReadAsByteArrayAsync());
        Assert.True(cachedOnB, "node B keeps a copy of what it served");
        Assert.Equal(1, deleted);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnB.Client().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agency.Client().GetAsync(url)).StatusCode);
        Assert.False(File.Exists(cached), "node B's copy goes with the image");
    }
}

internal static class MediaSteps
{
    /// <summary>Uploads a PNG through the API; returns its address (<c>/prefix/media/…/original.png</c>).</summary>
    public static async Task<string> UploadAsync(HttpClient client, int width, int height)
    {
        var response = await MediaSamples.UploadAsync(client, MediaSamples.Image(SKEncodedImageFormat.Png, width, height), "photo.png", "image/png");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("url").GetString()!;
    }

    /// <summary>A draft news item whose main image is the uploaded one; returns its id.</summary>
    public static async Task<string> NewsWithImageAsync(HttpClient admin, Agency agency, string url) =>
        (await NewsApi.CreateAsync(admin, "Façade rénovée", extraParts: new { Image = new { path = url[(agency.PathBase.Length + 1)..], alt = "La façade après les travaux" } }))
            .GetProperty("id").GetString()!;

    public static Task<int> RowsAsync(Agency agency) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<MediaFileRecord>().CountAsync());
}
