using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Ngp.Core.Data;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Engine;
using Ngp.Workflows.Model;

namespace Ngp.Tests.Harness;

/// <summary>
/// The notifier contract's other side, recorded: the notifications module has its own SMTP tests, and workflows only
/// promise to hand it a notice and an audience. Addresses containing "panne" make it throw (a failing e-mail).
/// </summary>
public sealed class RecordingNotifier : INotifier
{
    public ConcurrentQueue<(Notice Notice, Audience Audience)> Sent { get; } = new();

    public Task<int> NotifyAsync(Notice notice, Audience audience, CancellationToken ct = default)
    {
        if (audience.Emails.Any(e => e.Contains("panne", StringComparison.Ordinal)))
            throw new InvalidOperationException("Serveur de messagerie injoignable.");
        Sent.Enqueue((notice, audience));
        return Task.FromResult(audience.Emails.Count + audience.UserIds.Count + audience.Roles.Count + audience.Groups.Count);
    }
}

/// <summary>A test activity that throws while <see cref="Broken"/> is set (a fault the administrator then retries).</summary>
public sealed class FlakyActivity(FlakySwitch flaky) : IActivity
{
    public string Type => "TestFlaky";

    public string Label => "Test : échoue sur demande";

    public IReadOnlyList<ActivityProperty> Properties { get; } = [];

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Ngp.Workflows.Activities.Outcomes.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct) =>
        flaky.Broken ? throw new InvalidOperationException("Panne simulée.") : Task.FromResult(ActivityResult.Outcome(Ngp.Workflows.Activities.Outcomes.Done));
}

public sealed class FlakySwitch
{
    public volatile bool Broken;
}

public interface IWorkflowFactory
{
    RecordingNotifier Notifier { get; }

    FlakySwitch Flaky { get; }
}

internal static class WorkflowServices
{
    public static void Add(IServiceCollection services, RecordingNotifier notifier, FlakySwitch flaky)
    {
        services.AddSingleton<INotifier>(notifier);
        services.AddSingleton(flaky);
        services.AddSingleton<IActivity, FlakyActivity>();
    }
}

/// <summary>SQLite, a clock the test moves, a recording notifier. The background runner is off: tests drive it.</summary>
public sealed class WorkflowFactory : SqliteFactory, IWorkflowFactory
{
    public FakeTimeProvider Clock { get; set; } = new(DateTimeOffset.UtcNow);

    public RecordingNotifier Notifier { get; } = new();

    public FlakySwitch Flaky { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new();

    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        settings["Ngp:Workflows:Enabled"] = "false";
        foreach (var (key, value) in Settings)
            settings[key] = value;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        WorkflowServices.Add(services, Notifier, Flaky);
    }
}

/// <summary>Real clock, background runner on (as in production), recording notifier.</summary>
public class WorkflowSqliteFactory : SqliteFactory, IWorkflowFactory
{
    public RecordingNotifier Notifier { get; } = new();

    public FlakySwitch Flaky { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => WorkflowServices.Add(services, Notifier, Flaky);
}

public class WorkflowPostgresFactory : PostgresFactory, IWorkflowFactory
{
    public RecordingNotifier Notifier { get; } = new();

    public FlakySwitch Flaky { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => WorkflowServices.Add(services, Notifier, Flaky);
}

/// <summary>What tests do with workflows: save a type through the API, raise events, run everything due, read instances.</summary>
public static class WorkflowSteps
{
    /// <summary>Saves a type once the events of the agency's setup are handled, so only what the test does starts it.</summary>
    public static async Task SaveWorkflowAsync(this Agency agency, object definition)
    {
        await agency.SettleAsync();
        var admin = await agency.AdminAsync();
        var json = JsonSerializer.SerializeToElement(definition, JsonSerializerOptions.Web);
        var response = await admin.PutAsJsonAsync($"api/v1/workflows/{json.GetProperty("id").GetString()}", json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Hands committed events to the consumers, then runs every instance due (twice: a run may raise events).</summary>
    public static async Task SettleAsync(this Agency agency)
    {
        var dispatcher = agency.Factory.Services.GetRequiredService<OutboxDispatcher>();
        var runner = agency.Factory.Services.GetRequiredService<WorkflowRunner>();
        for (var i = 0; i < 3; i++)
        {
            await dispatcher.DrainAsync(agency.Tenant);
            await runner.DrainAsync(agency.Tenant);
        }
    }

    public static Task RaiseAsync<TEvent>(this Agency agency, TEvent domainEvent) where TEvent : IDomainEvent =>
        agency.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<IOutbox>().Add(domainEvent);
            return await sp.GetRequiredService<NgpDbContext>().SaveChangesAsync();
        });

    public static Task<List<WorkflowInstance>> InstancesAsync(this Agency agency, string typeId) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.WorkflowTypeId == typeId).OrderBy(i => i.CreatedUtc).ToListAsync());

    public static Task<List<WorkflowJournalEntry>> JournalAsync(this Agency agency, string instanceId) =>
        agency.InScopeAsync(sp => sp.GetRequiredService<NgpDbContext>().Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).ToListAsync());

    public static async Task<string> CreateNewsAsync(this Agency agency, string title, bool publish)
    {
        var admin = await agency.AdminAsync();
        var created = await admin.PostAsJsonAsync("api/v1/content", new { type = "News", title, parts = new { Summary = new { text = "Pour le test." } } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        if (publish)
            (await admin.PostAsync($"api/v1/content/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>A workflow of one start event and a chain of activities, each linked from the previous one's <c>Done</c>.</summary>
    public static object Chain(string id, object startEvent, params (string Id, string Type, object Properties)[] activities)
    {
        var transitions = new List<object>();
        var from = "start";
        foreach (var a in activities)
        {
            transitions.Add(new { from, outcome = "Done", to = a.Id });
            from = a.Id;
        }
        return new
        {
            id,
            name = "Test " + id,
            startEvent,
            activities = activities.Select(a => new { id = a.Id, type = a.Type, properties = a.Properties }).ToArray(),
            transitions,
        };
    }
}
