using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

/// <summary>What a consumer saw, kept in the test process to detect an event handed over twice.</summary>
public sealed class PublicationRecorder
{
    public ConcurrentQueue<(string Tenant, long EventId, string ContentItemId)> Handled { get; } = new();

    /// <summary>Content items whose event throws, and how many more times (int.MaxValue: always).</summary>
    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new();
}

/// <summary>A consumer of <c>ContentPublished</c> that also writes a row, so its work commits (or not) with its cursor.</summary>
public sealed class RecordingConsumer(PublicationRecorder recorder, NgpDbContext db, Ngp.Core.Tenancy.ITenantContext tenant) : IOutboxConsumer
{
    public string Name => "test-recorder";

    public bool Accepts(string eventType) => eventType == "ContentPublished";

    public async Task HandleAsync(OutboxEvent outboxEvent, CancellationToken ct)
    {
        var id = outboxEvent.ContentItemId!;
        db.SiteSettings.Add(new SiteSetting { Key = $"test-handled:{outboxEvent.Id}", Value = id });
        await db.SaveChangesAsync(ct);
        if (recorder.FailuresLeft.TryGetValue(id, out var left) && left > 0)
        {
            recorder.FailuresLeft[id] = left - 1;
            throw new InvalidOperationException($"Refused {id} on purpose.");
        }
        recorder.Handled.Enqueue((tenant.Tenant.Name, outboxEvent.Id, id));
    }
}

public interface IRecordingFactory
{
    PublicationRecorder Recorder { get; }
}

public sealed class RecordingSqliteFactory : SqliteFactory, IRecordingFactory
{
    public PublicationRecorder Recorder { get; } = new();

    protected override void AddSettings(IDictionary<string, string?> settings) => settings["Ngp:Outbox:MaxAttempts"] = "2";

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        services.AddOutboxConsumer<RecordingConsumer>();
    }
}

public sealed class RecordingPostgresFactory : PostgresFactory, IRecordingFactory
{
    public PublicationRecorder Recorder { get; } = new();

    protected override void AddSettings(IDictionary<string, string?> settings) => settings["Ngp:Outbox:MaxAttempts"] = "2";

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        services.AddOutboxConsumer<RecordingConsumer>();
    }
}

/// <summary>An event no consumer reads, as most of a burst of votes is to most consumers.</summary>
public sealed record IgnoredByEveryone(int Number) : IDomainEvent;

public abstract class OutboxDispatchTests<TFactory> where TFactory : NgpFactory, IRecordingFactory, new()
{
    private static async Task<string> PublishNewsAsync(HttpClient admin, string title)
    {
        var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title, parts = new { Summary = new { text = "Pour le test." } } });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await admin.PostAsync($"api/v1/content/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>A new agency whose events so far are all handed over, and how many of them the recorder saw.</summary>
    private static async Task<(Agency Agency, HttpClient Admin, OutboxDispatcher Dispatcher, int Before)> DrainedAgencyAsync(TFactory factory)
    {
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
        // The periodic jobs' first pass over a new agency (the demo consultations' opening and closing announcements)
        // would otherwise raise events in the middle of the test; their consumers' own events are drained too.
        foreach (var job in factory.Services.GetServices<IHostedService>().OfType<PeriodicTenantJob>())
            await job.RunOnceAsync(agency.Tenant, CancellationToken.None);
        long last;
        do
        {
            last = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages.MaxAsync(m => (long?)m.Id)) ?? 0;
            await dispatcher.DrainAsync(agency.Tenant);
        }
        while (await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxMessages.MaxAsync(m => (long?)m.Id)) != last);
        return (agency, admin, dispatcher, factory.Recorder.Handled.Count(h => h.Tenant == agency.Name));
    }

    [SkippableFact]
    public async Task PublishedItems_AreHandedToTheConsumer_OnceEach_InOrder()
    {
        await using var factory = new TFactory();
        var (agency, admin, dispatcher, before) = await DrainedAgencyAsync(factory);

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add(await PublishNewsAsync(admin, $"Événement {i}"));
        await dispatcher.DrainAsync(agency.Tenant);
        await dispatcher.DrainAsync(agency.Tenant);

        var handled = factory.Recorder.Handled.Where(h => h.Tenant == agency.Name).Skip(before).ToList();
        Assert.Equal(ids, handled.Select(h => h.ContentItemId));
        Assert.Equal(handled.OrderBy(h => h.EventId).Select(h => h.EventId), handled.Select(h => h.EventId));
        var rows = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().SiteSettings.CountAsync(s => s.Key.StartsWith("test-handled:")));
        Assert.Equal(before + 3, rows);
    }

    [SkippableFact]
    public async Task Pass_OverMoreIgnoredEventsThanABatch_WritesEachCursorOnlyWithItsLease_AndHandsTheNextEvent()
    {
        await using var factory = new TFactory();
        var (agency, admin, dispatcher, before) = await DrainedAgencyAsync(factory);
        // Counted from before the events commit: the background dispatcher may pass over them before the drain does.
        using var counter = new SqlCommandCounter(agency.Name, countOutbox: true);
        // Two full batches (100 each) of events no consumer reads, written as the vote writer writes its events.
        var last = await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await sp.GetRequiredService<IOutbox>().WriteAsync(Enumerable.Range(0, 200).Select(i => new IgnoredByEveryone(i)).ToList(), CancellationToken.None);
                await transaction.CommitAsync();
            }
            return await db.OutboxMessages.MaxAsync(m => m.Id);
        });

        await dispatcher.DrainAsync(agency.Tenant);
        // Cursor writes other than taking a lease (its condition reads RetryAfterTicks) or freeing it (LeaseOwner set to
        // NULL): nothing was handled, so any other is a move of the cursor in the middle of a pass.
        var movesInPass = counter.Commands.Where(c => c.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) && c.Contains("\"OutboxCursors\"", StringComparison.Ordinal)
            && !c.Contains("\"RetryAfterTicks\" <=", StringComparison.Ordinal) && !c.Contains("\"LeaseOwner\" = NULL", StringComparison.Ordinal)).ToList();
        var cursors = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxCursors.AsNoTracking().ToListAsync());
        var news = await PublishNewsAsync(admin, "Après le scrutin");
        await dispatcher.DrainAsync(agency.Tenant);

        // The skipped events move each cursor with its lease's release, not once more per batch of a hundred.
        Assert.Empty(movesInPass);
        Assert.All(cursors, c => Assert.Equal(last, c.LastEventId));
        Assert.Equal([news], factory.Recorder.Handled.Where(h => h.Tenant == agency.Name).Skip(before).Select(h => h.ContentItemId));
    }

    [SkippableFact]
    public async Task FailingEvent_IsRetried_ThenSetAside_AndLaterEventsGoOn()
    {
        await using var factory = new TFactory();
        var (agency, admin, dispatcher, _) = await DrainedAgencyAsync(factory);

        var poisoned = await PublishNewsAsync(admin, "Toujours refusé");
        factory.Recorder.FailuresLeft[poisoned] = int.MaxValue;
        var flaky = await PublishNewsAsync(admin, "Refusé une fois");
        factory.Recorder.FailuresLeft[flaky] = 1;
        var healthy = await PublishNewsAsync(admin, "Accepté");
        await dispatcher.DrainAsync(agency.Tenant);

        var handled = factory.Recorder.Handled.Where(h => h.Tenant == agency.Name).Select(h => h.ContentItemId).ToList();
        Assert.DoesNotContain(poisoned, handled);
        Assert.Single(handled, flaky);
        Assert.Single(handled, healthy);
        var failure = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxFailures.SingleAsync());
        Assert.Equal("test-recorder", failure.Consumer);
        Assert.Equal("ContentPublished", failure.EventType);
        Assert.Contains("Refused " + poisoned, failure.Error, StringComparison.Ordinal);
        // What the failing attempts wrote was rolled back with them: one row per committed hand-over.
        var rows = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().SiteSettings.Where(s => s.Key.StartsWith("test-handled:")).Select(s => s.Value).ToListAsync());
        Assert.DoesNotContain(poisoned, rows);
        Assert.Single(rows, flaky);
    }

    [SkippableFact]
    public async Task SeveralDispatchers_OnOneDatabase_NeverHandTheSameEventTwice()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        // Each instance has its own lease owner, as two processes or two web nodes would.
        var dispatchers = Enumerable.Range(0, 3)
            .Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher>(factory.Services))
            .Append(factory.Services.GetRequiredService<OutboxDispatcher>())
            .ToList();

        using var stop = new CancellationTokenSource();
        var racing = dispatchers.Select(d => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                await d.DispatchAsync(agency.Tenant, CancellationToken.None);
        })).ToList();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
            ids.Add(await PublishNewsAsync(admin, $"Course {i}"));
        await dispatchers[0].DrainAsync(agency.Tenant);
        await stop.CancelAsync();
        await Task.WhenAll(racing);

        var handled = factory.Recorder.Handled.Where(h => h.Tenant == agency.Name).ToList();
        Assert.Equal(handled.Count, handled.Select(h => h.EventId).Distinct().Count());
        Assert.All(ids, id => Assert.Single(handled, h => h.ContentItemId == id));
    }
}

public sealed class OutboxDispatchConcurrencyTests
{
    [Fact]
    public async Task OneDispatcher_DrainedFromSeveralLoopsAtOnce_HandsEachEventOnce()
    {
        await using var factory = new RecordingSqliteFactory();
        var agency = await factory.CreateAgencyAsync();
        var admin = await agency.AdminAsync();
        // The same instance, as the background loop and a drain share it: they share its lease owner too.
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();

        for (var i = 0; i < 6; i++)
        {
            var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title = $"Boucle {i}", parts = new { Summary = new { text = "x" } } });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            await admin.PostAsync($"api/v1/content/{id}/publish", null);
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => dispatcher.DrainAsync(agency.Tenant))));

        var handled = factory.Recorder.Handled.Where(h => h.Tenant == agency.Name).ToList();
        var rows = await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().SiteSettings.CountAsync(s => s.Key.StartsWith("test-handled:")));
        Assert.Equal(handled.Count, handled.Select(h => h.EventId).Distinct().Count());
        Assert.Equal(rows, handled.Count);
        Assert.Equal(0, await agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().OutboxFailures.CountAsync()));
    }
}

public sealed class OutboxDispatchTestsOnSqlite : OutboxDispatchTests<RecordingSqliteFactory>;

public sealed class OutboxDispatchTestsOnPostgres : OutboxDispatchTests<RecordingPostgresFactory>;
