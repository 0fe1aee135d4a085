using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Comments.Data;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Follows.Data;
using Ngp.Media.Data;
using Ngp.Media.Storage;
using Ngp.Tenants;
using Ngp.Tenants.Data;
using Ngp.Tenants.Setup;
using Ngp.Tests.Harness;
using Npgsql;

namespace Ngp.Tests.Integration;

/// <summary>
/// A module owns its tables (docs/decisions/0005-module-owned-schema.md): the media, comments and follows modules'
/// migrations create their tables in a new agency, and a database made by the host's migrations of main (3 December
/// 2026, kept in <c>Legacy/</c>) keeps its images, comments and follows through the next start.
/// </summary>
public abstract class ModuleSchemaTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : NgpFactory
{
    [SkippableFact]
    public async Task Setup_OfANewAgency_CreatesTheMediaTableFromTheModulesOwnMigrations()
    {
        var agency = await factory.CreateAgencyAsync();

        var applied = await agency.InScopeAsync(sp => MediaHistoryAsync(sp.GetRequiredService<NgpDbContext>()));
        var latest = LatestMediaMigration(agency.Tenant);
        Assert.Equal(latest, applied.LastOrDefault());
        var stored = await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            db.Set<MediaFileRecord>().Add(Record("2026/12/neuve"));
            await db.SaveChangesAsync();
            return await db.Set<MediaFileRecord>().CountAsync();
        });
        Assert.Equal(1, stored);
        Assert.Equal(latest, (await RecordedAsync(agency.Name)).Modules["Media"]);
    }

    [SkippableFact]
    public async Task Start_OnADatabaseMadeByMainsHostMigrations_KeepsItsImagesAndRecordsTheMediaVersion()
    {
        factory.EnsureAvailable();
        var legacy = await LegacyTenantAsync();
        var image = Record("2026/11/avant-la-migration");
        await using (var scope = factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(legacy))
        {
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            db.Set<MediaFileRecord>().Add(image);
            await db.SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<TenantsBootstrapper>().StartAsync(CancellationToken.None);

        await using (var scope = factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(legacy))
        {
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var kept = await db.Set<MediaFileRecord>().AsNoTracking().SingleAsync();
            Assert.Equal(image.Path, kept.Path);
            Assert.Equal(image.Content, kept.Content);
            // Adopted, not run again: the module's first migration is recorded over the host's table.
            Assert.Equal(LatestMediaMigration(legacy), Assert.Single(await MediaHistoryAsync(db)));
        }
        var recorded = await RecordedAsync(legacy.Name);
        Assert.Equal(LatestMediaMigration(legacy), recorded.Modules["Media"]);

        // Once recorded, a start has nothing to ask the tenant's database.
        using var counter = new SqlCommandCounter(legacy.Name, countOutbox: true);
        await factory.Services.GetRequiredService<TenantsBootstrapper>().StartAsync(CancellationToken.None);
        Assert.True(counter.Count == 0, string.Join(Environment.NewLine, counter.Commands));
    }

    [SkippableFact]
    public async Task Start_OnADatabaseMadeByMainsHostMigrations_KeepsItsCommentsAndFollowsInTheirModules()
    {
        factory.EnsureAvailable();
        var legacy = await LegacyTenantAsync();
        var now = TimeProvider.System.GetUtcNow();
        long objectionId;
        await using (var scope = factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(legacy))
        {
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var objection = new Comment
            {
                ContentItemId = "projet-avant", AuthorId = "habitante", Stance = "against", Body = "Trop de travaux à la fois.",
                Proposal = "Commencer par les halls.", CreatedUtc = now,
            };
            db.Add(objection);
            await db.SaveChangesAsync();
            objectionId = objection.Id;
            db.Add(new Comment { ContentItemId = "projet-avant", ParentId = objection.Id, Depth = 1, AuthorId = "voisin", Stance = "for", Body = "D'accord.", CreatedUtc = now });
            db.Add(new ProposalSupport { CommentId = objection.Id, UserId = "voisin", CreatedUtc = now });
            db.Add(new CommentReport { CommentId = objection.Id, UserId = "gardien", Reason = "off-topic", CreatedUtc = now });
            db.Add(new CommentBlock { UserId = "troll", UntilUtc = now.AddDays(7), ModeratorId = "moderatrice", CreatedUtc = now });
            db.Add(new Follow { ContentItemId = "projet-avant", UserId = "habitante", CreatedUtc = now });
            await db.SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<TenantsBootstrapper>().StartAsync(CancellationToken.None);

        await using (var scope = factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(legacy))
        {
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            var comments = await db.Set<Comment>().AsNoTracking().OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(["Trop de travaux à la fois.", "D'accord."], comments.Select(c => c.Body).ToArray());
            Assert.Equal(("Commencer par les halls.", objectionId), (comments[0].Proposal, comments[1].ParentId!.Value));
            Assert.Equal("voisin", (await db.Set<ProposalSupport>().AsNoTracking().SingleAsync()).UserId);
            Assert.Equal("off-topic", (await db.Set<CommentReport>().AsNoTracking().SingleAsync()).Reason);
            Assert.Equal("troll", (await db.Set<CommentBlock>().AsNoTracking().SingleAsync()).UserId);
            Assert.Equal("habitante", (await db.Set<Follow>().AsNoTracking().SingleAsync()).UserId);
            // Adopted, not run again: each module's first migration is recorded over the host's tables.
            Assert.Equal(Latest(CommentsSchema.Definition, legacy), Assert.Single(await HistoryAsync(db, "Comments")));
            Assert.Equal(Latest(FollowsSchema.Definition, legacy), Assert.Single(await HistoryAsync(db, "Follows")));
        }
        var recorded = await RecordedAsync(legacy.Name);
        Assert.Equal(Latest(CommentsSchema.Definition, legacy), recorded.Modules["Comments"]);
        Assert.Equal(Latest(FollowsSchema.Definition, legacy), recorded.Modules["Follows"]);
    }

    [SkippableFact]
    public async Task Setup_OfANewAgency_CreatesTheCommentsAndFollowsTablesFromTheirModules()
    {
        var agency = await factory.CreateAgencyAsync();

        var histories = await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            return (Comments: await HistoryAsync(db, "Comments"), Follows: await HistoryAsync(db, "Follows"));
        });
        Assert.Equal(Latest(CommentsSchema.Definition, agency.Tenant), histories.Comments.LastOrDefault());
        Assert.Equal(Latest(FollowsSchema.Definition, agency.Tenant), histories.Follows.LastOrDefault());
        // The agency recipe's demo comments and follows are in the module's tables.
        Assert.True(await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<Comment>().AnyAsync()));
    }

    private string? Latest(Ngp.Core.Modules.ModuleSchema schema, TenantDescriptor tenant) =>
        factory.Services.GetRequiredService<ModuleSchemaMigrator>().LatestVersion(schema, tenant);

    private static Task<List<string>> HistoryAsync(NgpDbContext db, string module) => module switch
    {
        "Comments" => db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory_Comments\" ORDER BY \"MigrationId\"").ToListAsync(),
        _ => db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory_Follows\" ORDER BY \"MigrationId\"").ToListAsync(),
    };

    /// <summary>A tenant whose database is exactly what main's host migrations made, registered as main left it.</summary>
    private async Task<TenantDescriptor> LegacyTenantAsync()
    {
        var script = LegacyScript(factory.Provider);
        var databases = factory.Services.GetRequiredService<TenantDatabases>();
        var name = "ancienne-" + Guid.NewGuid().ToString("N")[..6];
        var record = new TenantRecord
        {
            Name = name,
            DisplayName = "Agence d'avant",
            // Disabled keeps the background passes out of it; a start migrates it all the same.
            State = TenantState.Disabled,
            UrlPrefix = name,
            DatabaseProvider = databases.Provider,
            DatabaseName = databases.NewDatabaseName(name),
            Recipe = "agency",
            SchemaVersion = Regex.Matches(script, @"VALUES \('(\d{14}_\w+)'")[^1].Groups[1].Value,
            CreatedUtc = TimeProvider.System.GetUtcNow(),
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var host = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            host.Tenants.Add(record);
            await host.SaveChangesAsync();
        }
        await factory.Services.GetRequiredService<TenantRegistry>().ReloadAsync(CancellationToken.None);
        var tenant = databases.Describe(record);
        await databases.CreateAsync(tenant, CancellationToken.None);
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(tenant.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Microsoft.Data.Sqlite.SqliteCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(tenant.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }
        return tenant;
    }

    private static string LegacyScript(DatabaseProvider provider)
    {
        var resource = provider == DatabaseProvider.Sqlite ? "Legacy.tenant-main-20261203.sqlite.sql" : "Legacy.tenant-main-20261203.postgres.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string? LatestMediaMigration(TenantDescriptor tenant) =>
        factory.Services.GetRequiredService<ModuleSchemaMigrator>().LatestVersion(MediaSchema.Definition, tenant);

    private static Task<List<string>> MediaHistoryAsync(NgpDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory_Media\" ORDER BY \"MigrationId\"").ToListAsync();

    private async Task<TenantSchemaVersions> RecordedAsync(string tenant) =>
        (await factory.Services.GetRequiredService<TenantSetup>().SchemaVersionsAsync(CancellationToken.None))[tenant];

    private static MediaFileRecord Record(string mediaId) => new()
    {
        Path = mediaId + "/960.jpg",
        MediaId = mediaId,
        ContentType = "image/jpeg",
        Width = 960,
        Height = 640,
        Length = 4,
        Content = [0xFF, 0xD8, 0xFF, 0xD9],
        StoredUtc = TimeProvider.System.GetUtcNow(),
    };
}

public sealed class ModuleSchemaTestsOnSqlite(SqliteFactory factory) : ModuleSchemaTests<SqliteFactory>(factory);

public sealed class ModuleSchemaTestsOnPostgres(PostgresFactory factory) : ModuleSchemaTests<PostgresFactory>(factory);
