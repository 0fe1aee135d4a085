using System.Diagnostics;
using MailKit.Net.Smtp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;
using Ngp.Notifications;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Benchmarks.Infrastructure;
using DependencyProvider = Microsoft.Extensions.DependencyInjection.ServiceProvider;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// The notification module in process on one SQLite tenant database: queue one event for 5,000 recipients (time to
/// commit; baseline: 5,000 bare rows in one SaveChanges), then deliver them to a loopback SMTP server through the
/// sender, one connection reused for each batch of 50 (baseline: a raw MailKit loop to the same server, one connection per 50 messages like the sender).
/// </summary>
public sealed class NotifyScenario : IScenario
{
    private const int Recipients = 5000;

    // The sender's default: one SMTP connection carries a batch of 50 messages.
    private const int BatchSize = 50;

    public string Name => "notify";

    public string Description => "queue one event for 5,000 e-mail recipients on SQLite (commit time), then msg/s to a loopback SMTP server";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var folder = context.NewDataFolder("notify");
        Directory.CreateDirectory(folder);
        var tenant = new TenantDescriptor
        {
            Name = "bench", DisplayName = "Agence de mesure", ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "ngp.db"), Pooling = true, DefaultTimeout = 30 }.ToString(),
            Recipe = "agency", DataFolder = folder, UrlPrefix = "bench",
        };
        await using var services = Services(tenant);
        await using (var scope = services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
            await db.Database.EnsureCreatedAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            // The site settings the templates read (name, colour).
            await scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>().SetAsync(new SiteSettings { SiteName = "Agence de mesure" }, ct);
            await db.SaveChangesAsync(ct);
        }

        // Both measures start warm, as in a running site: one small save of bare rows and one 10-recipient notice first
        // (JIT, EF's query cache, the parsed templates, the Data Protection key ring).
        await InScopeAsync(services, tenant, async db =>
        {
            db.Set<EmailOptOut>().AddRange(Enumerable.Range(0, 10).Select(i => new EmailOptOut { Email = $"echauffement{i}@bench.test" }));
            return await db.SaveChangesAsync(ct);
        });
        await InScopeAsync(services, tenant, async db =>
        {
            await db.Notifier.NotifyAsync(new Notice { Event = "SynthesisPublished", Title = "Échauffement" },
                new Audience { Emails = Enumerable.Range(0, 10).Select(i => $"voisin{i}@bench.test").ToArray() }, ct);
            await db.SaveChangesAsync(ct);
            // Not part of the deliveries measured below.
            return await db.Set<EmailMessage>().ExecuteDeleteAsync(ct);
        });

        // Baseline: 5,000 bare rows of a one-column table in one SaveChanges.
        var baseline = await InScopeAsync(services, tenant, async db =>
        {
            var start = Stopwatch.GetTimestamp();
            db.Set<EmailOptOut>().AddRange(Enumerable.Range(0, Recipients).Select(i => new EmailOptOut { Email = $"base{i}@bench.test" }));
            await db.SaveChangesAsync(ct);
            return Stopwatch.GetElapsedTime(start);
        });

        var addresses = Enumerable.Range(0, Recipients).Select(i => $"habitant{i}@bench.test").ToArray();
        var queued = await InScopeAsync(services, tenant, async db =>
        {
            var start = Stopwatch.GetTimestamp();
            await db.Notifier.NotifyAsync(new Notice
            {
                Event = "SynthesisPublished", Title = "La synthèse de la réunion du 12 mars est publiée",
                Text = "Retrouvez les décisions prises avec les habitants de la résidence.", Url = "reunions/12-mars",
            }, new Audience { Emails = addresses }, ct);
            await db.SaveChangesAsync(ct);
            return Stopwatch.GetElapsedTime(start);
        });
        context.Log($"queued {Recipients} in {queued.TotalMilliseconds:0} ms (bare rows {baseline.TotalMilliseconds:0} ms)");

        await using var smtp = new LoopbackSmtp("bench.test");
        await smtp.StartAsync(ct);
        var port = smtp.Port;
        await InScopeAsync(services, tenant, db => db.Smtp.SaveAsync(new SmtpSettingsInput("127.0.0.1", port, SmtpTlsMode.None, null, null, "Bench", "bench@bench.test"), ct));

        var dispatcher = services.GetRequiredService<EmailDispatcher>();
        var composer = services.GetRequiredService<EmailComposer>();
        var sendStart = Stopwatch.GetTimestamp();
        await dispatcher.DrainAsync(tenant, ct);
        var sent = Stopwatch.GetElapsedTime(sendStart);
        var delivered = smtp.Accepted;

        // Baseline: the same messages, composed in advance, sent by MailKit in a loop, one connection per 50 like the sender.
        var messages = await InScopeAsync(services, tenant, db => db.Set<EmailMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct));
        var mime = messages.Select(m => composer.Compose(m, "Bench", "bench@bench.test")).ToList();
        var rawStart = Stopwatch.GetTimestamp();
        foreach (var batch in mime.Chunk(BatchSize))
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", port, MailKit.Security.SecureSocketOptions.None, ct);
            foreach (var message in batch)
                await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }
        var raw = Stopwatch.GetElapsedTime(rawStart);
        var rate = delivered / sent.TotalSeconds;
        var rawRate = Recipients / raw.TotalSeconds;
        return new ScenarioResult(
            $"Notify: one event to {Recipients:#,0} recipients, SQLite, loopback SMTP",
            [
                new ReportRow("queue 5,000 e-mails (render, sign links, insert, commit)", $"{queued.TotalMilliseconds:0} ms", $"{baseline.TotalMilliseconds:0} ms (5,000 bare rows)", $"{queued / baseline:0.0}×", "goal ≤ 1,000 ms"),
                new ReportRow("deliver through the sender (leases, one connection per batch of 50, each message marked sent)", $"{rate:0} msg/s", $"{rawRate:0} msg/s (raw MailKit loop, same batches)", $"{rate / rawRate:0.00}×", $"{delivered} delivered; goal ≥ 300 msg/s"),
            ],
            [
                "Same process, same SQLite file, same loopback server; the machine's cores are shared with the server.",
                "Both queue measures run warm: one 10-row save and one 10-recipient notice ran first in the process.",
            ]);
    }

    private static async Task<T> InScopeAsync<T>(DependencyProvider services, TenantDescriptor tenant, Func<ScopeServices, Task<T>> action)
    {
        await using var scope = services.GetRequiredService<ITenantScopeFactory>().CreateScope(tenant);
        return await action(new ScopeServices(scope.ServiceProvider));
    }

    /// <summary>The scope's services a step needs, with the database as the usual entry.</summary>
    private sealed class ScopeServices(IServiceProvider services)
    {
        public INotifier Notifier => services.GetRequiredService<INotifier>();

        public SmtpSettingsStore Smtp => services.GetRequiredService<SmtpSettingsStore>();

        public DbSet<T> Set<T>() where T : class => services.GetRequiredService<NgpDbContext>().Set<T>();

        public Task<int> SaveChangesAsync(CancellationToken ct) => services.GetRequiredService<NgpDbContext>().SaveChangesAsync(ct);
    }

    private static DependencyProvider Services(TenantDescriptor tenant)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ngp:Notifications:Enabled"] = "false",
            // The product's batch size (50 messages per SMTP connection); the per-tenant rate (600/min by default, a
            // provider's quota) is lifted so that the sender's own speed is measured.
            ["Ngp:Notifications:RatePerMinute"] = "1000000",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        var modules = new INgpModule[] { new Ngp.Core.CoreModule(), new NotificationsModule() };
        services.AddSingleton(new ModuleCatalog(modules));
        foreach (var module in modules)
            module.ConfigureServices(services, configuration);
        services.AddSingleton<IRunningTenants>(new OneTenant(tenant));
        // As the host does: the interceptors modules register (the notifications' bulk rows) run in every save.
        services.AddDbContext<BenchDbContext>((sp, o) => o.UseSqlite(tenant.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<NgpDbContext>(sp => sp.GetRequiredService<BenchDbContext>());
        services.AddScoped<IUserDirectory, NoUsers>();
        return services.BuildServiceProvider();
    }

    private sealed class BenchDbContext(DbContextOptions<BenchDbContext> options, ModuleCatalog modules) : NgpDbContext(options, modules);

    private sealed class OneTenant(TenantDescriptor tenant) : IRunningTenants
    {
        public IReadOnlyList<TenantDescriptor> Running => [tenant];
    }

    private sealed class NoUsers : IUserDirectory
    {
        public Task<IReadOnlyDictionary<string, string>> EmailsAsync(IEnumerable<string> userIds, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
    }
}
