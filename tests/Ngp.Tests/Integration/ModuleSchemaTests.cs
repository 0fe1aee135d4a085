using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Comments.Data;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Contents.ShortLinks;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Tenancy;
using Ngp.Follows.Data;
using Ngp.Media.Data;
using Ngp.Media.Storage;
using Ngp.Meetings;
using Ngp.Meetings.Data;
using Ngp.Notifications;
using Ngp.Notifications.Data;
using Ngp.Participation.Data;
using Ngp.Search.Indexing;
using Ngp.Tenants;
using Ngp.Tenants.Data;
using Ngp.Tenants.Setup;
using Ngp.Tests.Harness;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;
using Npgsql;

namespace Ngp.Tests.Integration;

/// <summary>
/// A module owns its tables (docs/decisions/0005-module-owned-schema.md): the modules' migrations create their tables
/// in a new agency, each once, and a database made by the host's migrations of main (3 December 2026, kept in
/// <c>Legacy/</c>) keeps a row of every table the modules took over, comments and follows included, through the next start.
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
    public async Task Setup_OfANewAgency_CreatesEveryTableOnceEachFromItsOwner()
    {
        var agency = await factory.CreateAgencyAsync();
        var schemas = factory.Services.GetRequiredService<ModuleSchemaMigrator>().SchemasFor(agency.Tenant);
        // In module order: Contents uses Media, and the others come after Contents.
        Assert.Equal(MovedOrMedia, schemas.Select(s => s.Name).Where(MovedOrMedia.Contains));

        var (hostScript, tables, existing) = await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var script = db.GetService<IMigrator>().GenerateScript();
            var model = db.Model.GetEntityTypes().Where(e => !e.IsOwned()).Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
            return (script, model, await TablesAsync(db, agency.Tenant));
        });
        var created = CreatedTables(hostScript).ToList();
        foreach (var schema in schemas)
        {
            var own = CreatedTables(ModuleScript(schema, agency.Tenant)).ToList();
            Assert.NotEmpty(own);
            // The host's migrations create none of a module's tables (none of them raises « already exists »).
            Assert.Empty(own.Intersect(CreatedTables(hostScript)));
            created.AddRange(own);
            Assert.Equal(factory.Services.GetRequiredService<ModuleSchemaMigrator>().LatestVersion(schema, agency.Tenant), (await RecordedAsync(agency.Name)).Modules[schema.Name]);
        }
        Assert.Equal(created.Count, created.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(tables.Except(created, StringComparer.Ordinal));
        Assert.Empty(tables.Except(existing, StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Start_OnADatabaseMadeByMainsHostMigrations_KeepsARowOfEveryAdoptedTableAndRecordsEachModulesVersion()
    {
        factory.EnsureAvailable();
        var legacy = await LegacyTenantAsync();
        var image = Record("2026/11/avant-la-migration");
        var now = TimeProvider.System.GetUtcNow();
        await using (var scope = factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(legacy))
        {
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            db.Set<MediaFileRecord>().Add(image);
            // One row in every table the modules took over from the host, written by today's model into main's tables.
            db.AddRange(LegacyRows(now));
            await db.SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<TenantsBootstrapper>().StartAsync(CancellationToken.None);

        var schemas = factory.Services.GetRequiredService<ModuleSchemaMigrator>().SchemasFor(legacy);
        await using (var scope = factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(legacy))
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<NgpDbContext>();
            var kept = await db.Set<MediaFileRecord>().AsNoTracking().SingleAsync();
            Assert.Equal(image.Path, kept.Path);
            Assert.Equal(image.Content, kept.Content);

            var page = await services.GetRequiredService<ContentQuery>().PublishedAsync("avantmigration", CancellationToken.None);
            Assert.Equal("Réunion de quartier d'avant", page?.DisplayText);
            Assert.Equal("quartier", (await db.Set<ContentTag>().AsNoTracking().SingleAsync(t => t.VersionId == page!.Id)).Tag);
            Assert.Equal("avantmigration", (await db.Set<ContentSlug>().AsNoTracking().SingleAsync(s => s.Slug == "reunion-d-avant")).ContentItemId);
            Assert.Equal("avantmigration", (await db.Set<ContentShortLink>().AsNoTracking().SingleAsync(l => l.Code == "AVANT123")).ContentItemId);
            Assert.Equal("{}", (await db.Set<ContentTypeRecord>().AsNoTracking().SingleAsync(t => t.Name == "TypeDAvant")).Json);

            var (bell, unread) = await services.GetRequiredService<InAppNotifications>().ListAsync("locataire-avant", 10, CancellationToken.None);
            Assert.Equal("Une réunion près de chez vous", Assert.Single(bell).Title);
            Assert.Equal(1, unread);
            Assert.Equal("Votre inscription", (await db.Set<EmailMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == "avant-mail")).Subject);
            Assert.Equal(NotificationFrequency.Weekly, (await db.Set<NotificationPreference>().AsNoTracking().SingleAsync(p => p.UserId == "locataire-avant")).Frequency);
            Assert.True(await db.Set<EmailOptOut>().AnyAsync(o => o.Email == "sans-courriel@exemple.fr"));
            Assert.True(await db.Set<UsedUnsubscribeLink>().AnyAsync(l => l.Nonce == "nonce-avant"));
            Assert.Equal("Un résumé d'avant", (await db.Set<DigestEntry>().AsNoTracking().SingleAsync(d => d.IdempotencyKey == "avant-digest")).Title);
            Assert.Equal("smtp.avant.fr", (await db.Set<SmtpSettingsRecord>().AsNoTracking().SingleAsync()).Host);
            Assert.Equal("Bienvenue d'avant", (await db.Set<EmailTemplateOverride>().AsNoTracking().SingleAsync(t => t.Kind == "welcome")).Subject);

            var meetings = services.GetRequiredService<MeetingReader>();
            Assert.Equal("Réunion de quartier d'avant", (await meetings.FindAsync("reunion-avant", CancellationToken.None))?.Title);
            Assert.Equal("locataire-avant", Assert.Single(await meetings.RegistrationsAsync("reunion-avant", CancellationToken.None)).UserId);
            Assert.Equal("locataire-avant", (await db.Set<MeetingAttendance>().AsNoTracking().SingleAsync(a => a.MeetingId == "reunion-avant")).UserId);

            Assert.Equal(IndexingTaskKind.Update, (await db.Set<IndexingTask>().AsNoTracking().SingleAsync(t => t.ContentItemId == "avantmigration")).Kind);

            Assert.Equal("Relance d'avant", Assert.Single(await services.GetRequiredService<WorkflowTypeStore>().ListAsync(CancellationToken.None)).Name);
            Assert.Equal(WorkflowStatus.Halted, (await db.Set<WorkflowInstance>().AsNoTracking().SingleAsync(i => i.Id == "instance-avant")).Status);
            Assert.Equal("attente", (await db.Set<WorkflowBlockingActivity>().AsNoTracking().SingleAsync(b => b.InstanceId == "instance-avant")).ActivityId);
            Assert.Equal("{}", (await db.Set<WorkflowWakeup>().AsNoTracking().SingleAsync(w => w.InstanceId == "instance-avant")).Payload);
            Assert.Equal("Done", (await db.Set<WorkflowJournalEntry>().AsNoTracking().SingleAsync(j => j.InstanceId == "instance-avant")).Outcome);

            var vote = await db.Set<Vote>().AsNoTracking().SingleAsync(v => v.ContentItemId == "concertation-avant");
            Assert.Equal(("parc", "letter", "DEMO-0042"), (vote.OptionIds, vote.Channel, vote.LeaseReference));
            Assert.Equal("DEMO-0043", (await db.Set<LetterCode>().AsNoTracking().SingleAsync(c => c.CodeHash == "empreinte-avant")).LeaseReference);
            Assert.True((await db.Set<ParticipationState>().AsNoTracking().SingleAsync(c => c.ContentItemId == "concertation-avant")).OpenedAnnounced);

            // Adopted, not run again: each module's first migration is recorded over the host's tables.
            foreach (var schema in schemas)
                Assert.Equal(LatestMigration(schema, legacy), Assert.Single(await HistoryAsync(db, schema)));
        }
        var recorded = await RecordedAsync(legacy.Name);
        foreach (var schema in schemas)
            Assert.Equal(LatestMigration(schema, legacy), recorded.Modules[schema.Name]);

        // Once recorded, a start has nothing to ask the tenant's database.
        using var counter = new SqlCommandCounter(legacy.Name, countOutbox: true);
        await factory.Services.GetRequiredService<TenantsBootstrapper>().StartAsync(CancellationToken.None);
        Assert.True(counter.Count == 0, string.Join(Environment.NewLine, counter.Commands));
    }

    /// <summary>The modules that took their tables over from the host (issue 18), and Media, the first.</summary>
    private static readonly string[] MovedOrMedia = ["Media", "Contents", "Meetings", "Notifications", "Participation", "Search", "Workflows"];

    /// <summary>A row for each table that Contents, Notifications, Meetings, Participation, Search and Workflows took over from the host.</summary>
    private static object[] LegacyRows(DateTimeOffset now) =>
    [
        new ContentTypeRecord { Name = "TypeDAvant", Json = "{}", UpdatedUtc = now },
        new ContentItemVersion
        {
            ContentItemId = "avantmigration", Number = 1, ContentType = "Meeting", Status = ContentStatus.Published, Latest = true,
            Published = true, DisplayText = "Réunion de quartier d'avant", Slug = "reunion-d-avant", OwnerId = "agent-avant",
            AuthorId = "agent-avant", CreatedUtc = now, ModifiedUtc = now, PublishedUtc = now, Data = "{}",
            Tags = [new ContentTag { Tag = "quartier" }],
        },
        new ContentSlug { ContentType = "Meeting", Slug = "reunion-d-avant", ContentItemId = "avantmigration", IsCurrent = true },
        new ContentShortLink { Code = "AVANT123", ContentItemId = "avantmigration", CreatedUtc = now },
        new InAppNotification
        {
            UserId = "locataire-avant", Event = "MeetingPublished", Title = "Une réunion près de chez vous", IdempotencyKey = "avant-bell", CreatedUtc = now,
        },
        new EmailMessage
        {
            Recipient = "locataire@exemple.fr", Kind = "registration", Subject = "Votre inscription", HtmlBody = "<p>Inscrit</p>", TextBody = "Inscrit",
            IdempotencyKey = "avant-mail", Status = EmailStatus.Sent, CreatedUtc = now, SentUtc = now,
        },
        new NotificationPreference { UserId = "locataire-avant", Frequency = NotificationFrequency.Weekly, UpdatedUtc = now },
        new EmailOptOut { Email = "sans-courriel@exemple.fr", CreatedUtc = now },
        new UsedUnsubscribeLink { Nonce = "nonce-avant", UsedUtc = now },
        new DigestEntry
        {
            UserId = "locataire-avant", Frequency = NotificationFrequency.Weekly, Event = "MeetingPublished", Title = "Un résumé d'avant",
            IdempotencyKey = "avant-digest", CreatedTicks = now.UtcTicks,
        },
        new SmtpSettingsRecord { Host = "smtp.avant.fr" },
        new EmailTemplateOverride { Kind = "welcome", Culture = "fr", Subject = "Bienvenue d'avant", Html = "<p>Bienvenue</p>", Text = "Bienvenue", UpdatedUtc = now },
        new MeetingEntry
        {
            MeetingId = "reunion-avant", Title = "Réunion de quartier d'avant", Kind = "Quartier", StartUtc = now.AddDays(7), EndUtc = now.AddDays(7).AddHours(2),
            Capacity = 20, RegisteredCount = 1, OrganiserId = "agent-avant", Published = true,
        },
        new MeetingRegistration { MeetingId = "reunion-avant", UserId = "locataire-avant", Status = RegistrationStatus.Registered, CreatedUtc = now },
        new MeetingAttendance { MeetingId = "reunion-avant", UserId = "locataire-avant" },
        new IndexingTask { ContentItemId = "avantmigration", Kind = IndexingTaskKind.Update, CreatedUtc = now },
        new WorkflowTypeRecord
        {
            Id = "relance-avant", Name = "Relance d'avant", Enabled = false, Version = 1, StartEvent = "ContentPublished", Definition = "{}", ModifiedUtc = now,
        },
        new WorkflowInstance
        {
            Id = "instance-avant", WorkflowTypeId = "relance-avant", TypeVersion = 1, Status = WorkflowStatus.Halted, State = "{}", CreatedUtc = now, ModifiedUtc = now,
        },
        new WorkflowBlockingActivity { InstanceId = "instance-avant", ActivityId = "attente", EventType = "MeetingEnded" },
        new WorkflowWakeup { InstanceId = "instance-avant", BlockingActivityId = 1, EventType = "MeetingEnded", Payload = "{}", CreatedUtc = now },
        new WorkflowJournalEntry { InstanceId = "instance-avant", ActivityId = "debut", ActivityType = "ContentPublished", Outcome = "Done", Utc = now },
        new Vote
        {
            ContentItemId = "concertation-avant", QuestionId = "q1", VoterKey = "bail:DEMO-0042", UserId = "locataire-avant", OptionIds = "parc",
            LeaseReference = "DEMO-0042", Building = "Les Alpins", Channel = "letter", CreatedUtc = now, UpdatedUtc = now,
        },
        new LetterCode
        {
            CodeHash = "empreinte-avant", ContentItemId = "concertation-avant", LeaseReference = "DEMO-0043", Building = "Les Alpins", CreatedUtc = now,
            ExpiresUtc = now.AddDays(30),
        },
        new ParticipationState { ContentItemId = "concertation-avant", OpenedAnnounced = true },
    ];

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

    private string? LatestMediaMigration(TenantDescriptor tenant) => LatestMigration(MediaSchema.Definition, tenant);

    private string? LatestMigration(ModuleSchema schema, TenantDescriptor tenant) =>
        factory.Services.GetRequiredService<ModuleSchemaMigrator>().LatestVersion(schema, tenant);

    private static Task<List<string>> MediaHistoryAsync(NgpDbContext db) => HistoryAsync(db, MediaSchema.Definition);

    private static Task<List<string>> HistoryAsync(NgpDbContext db, ModuleSchema schema)
    {
        // The table's name is the module's constant, not input.
        var sql = "SELECT \"MigrationId\" AS \"Value\" FROM \"" + schema.HistoryTable + "\" ORDER BY \"MigrationId\"";
        return db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    /// <summary>The SQL that a module's migrations run on a new database of the tenant's provider.</summary>
    private static string ModuleScript(ModuleSchema schema, TenantDescriptor tenant)
    {
        var type = tenant.DatabaseProvider == DatabaseProvider.Sqlite ? schema.SqliteContext : schema.PostgresContext;
        var options = new DbContextOptionsBuilder((DbContextOptions)Activator.CreateInstance(typeof(DbContextOptions<>).MakeGenericType(type))!);
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
            options.UseSqlite(tenant.ConnectionString);
        else
            options.UseNpgsql(tenant.ConnectionString);
        using var context = (DbContext)Activator.CreateInstance(type, options.Options)!;
        return context.GetService<IMigrator>().GenerateScript();
    }

    private static IEnumerable<string> CreatedTables(string script) =>
        Regex.Matches(script, @"CREATE TABLE (?:IF NOT EXISTS )?""(\w+)""").Select(m => m.Groups[1].Value).Where(t => !t.StartsWith("__EFMigrationsHistory", StringComparison.Ordinal));

    private static Task<List<string>> TablesAsync(NgpDbContext db, TenantDescriptor tenant) =>
        (tenant.DatabaseProvider == DatabaseProvider.Sqlite
            ? db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
            : db.Database.SqlQueryRaw<string>("SELECT tablename::text AS \"Value\" FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")).ToListAsync();

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
