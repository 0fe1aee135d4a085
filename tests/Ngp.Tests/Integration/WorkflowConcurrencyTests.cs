using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Outbox;
using Ngp.Tests.Harness;
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
}

public sealed class WorkflowConcurrencyTestsOnSqlite : WorkflowConcurrencyTests<WorkflowSqliteFactory>;

public sealed class WorkflowConcurrencyTestsOnPostgres : WorkflowConcurrencyTests<WorkflowPostgresFactory>;
