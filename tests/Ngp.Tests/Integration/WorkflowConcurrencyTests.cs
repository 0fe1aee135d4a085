using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Tests.Integration;

public abstract class WorkflowConcurrencyTests<TFactory> where TFactory : NgpFactory, IWorkflowFactory, new()
{
    [SkippableFact]
    public async Task TwoRunners_OnOneDatabase_NeverRunOneInstanceTwice()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("concurrence", new { type = "CommentReported" },
            ("ecrire", "SendEmail", new { subject = "Signalement sur {{ Event.contentItemId }}", to = "moderation@exemple.fr" }),
            ("noter", "Log", new { message = "fait" })));
        const int count = 40;
        for (var i = 0; i < count; i++)
            await agency.RaiseAsync(new CommentReported($"item-{i}", $"c-{i}", 1));
        await factory.Services.GetRequiredService<OutboxDispatcher>().DrainAsync(agency.Tenant);

        // The site's own runner (running in the background too) and a second one, as another process would have.
        var first = factory.Services.GetRequiredService<WorkflowRunner>();
        var second = ActivatorUtilities.CreateInstance<WorkflowRunner>(factory.Services);
        Assert.NotEqual(first.Owner, second.Owner);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).RunTenantAsync(agency.Tenant, CancellationToken.None))));
        await second.DrainAsync(agency.Tenant);

        var instances = await agency.InstancesAsync("concurrence");
        Assert.Equal(count, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        var sent = factory.Notifier.Sent.Where(s => s.Notice.Title.StartsWith("Signalement sur item-", StringComparison.Ordinal)).ToList();
        Assert.Equal(count, sent.Count);
        Assert.Equal(count, sent.Select(s => s.Notice.ContentItemId).Distinct().Count());
        foreach (var instance in instances)
            Assert.Equal(["ecrire", "noter"], (await agency.JournalAsync(instance.Id)).Select(j => j.ActivityId));
    }

    [SkippableFact]
    public async Task Pass_OverTwentyDueInstances_LeasesThemInOneWrite_AndReleasesEachOnce()
    {
        await using var factory = new TFactory();
        var agency = await factory.CreateAgencyAsync();
        await agency.SaveWorkflowAsync(WorkflowSteps.Chain("par-lot", new { type = "CommentReported" }, ("noter", "Log", new { message = "fait" })));
        const int count = 20;
        using var counter = new SqlCommandCounter(agency.Name, countOutbox: true);
        // Twenty instances due at once, written together as an event's consumer writes them, without waking the runner.
        await agency.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<NgpDbContext>();
            var type = await db.Set<WorkflowTypeRecord>().AsNoTracking().SingleAsync(t => t.Id == "par-lot");
            for (var i = 0; i < count; i++)
                await sp.GetRequiredService<WorkflowStarter>().StartAsync(type, WorkflowTypeStore.Read(type), "CommentReported", null, $"item-{i}", CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        await factory.Services.GetRequiredService<WorkflowRunner>().DrainAsync(agency.Tenant);

        var instances = await agency.InstancesAsync("par-lot");
        Assert.Equal(count, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        Assert.All(instances, i => Assert.Null(i.LeaseOwner));
        var updates = counter.Commands.Where(c => c.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) && c.Contains("\"WorkflowInstances\"", StringComparison.Ordinal)).ToList();
        var releases = updates.Count(c => c.Contains("\"LeaseOwner\" = NULL", StringComparison.Ordinal));
        var takes = updates.Count(c => c.Contains("SET \"LeaseOwner\" = @", StringComparison.Ordinal));
        // Each run releases its instance once, in its own transaction. Leases are taken a batch at a time, not once per
        // instance (the site's own runner, polling each second, may take part of them or find them taken).
        Assert.Equal(count, releases);
        Assert.True(takes >= 1 && takes <= count / 2, $"{takes} lease writes for {count} runs");
    }
}

public sealed class WorkflowConcurrencyTestsOnSqlite : WorkflowConcurrencyTests<WorkflowSqliteFactory>;

public sealed class WorkflowConcurrencyTestsOnPostgres : WorkflowConcurrencyTests<WorkflowPostgresFactory>;
