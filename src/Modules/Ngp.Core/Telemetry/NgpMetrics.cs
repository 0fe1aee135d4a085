using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ngp.Core.Telemetry;

/// <summary>
/// The site's own measures (meter <see cref="MeterName"/>), beside the framework's: what an operator watches to know
/// that consequences keep up with the changes (outbox and search lag per tenant), that e-mails leave, that workflows
/// do not fail, and how many votes arrive. Modules add to them through this one service.
/// </summary>
public sealed class NgpMetrics
{
    public const string MeterName = "Ngp";

    private readonly ConcurrentDictionary<string, long> _outboxLag = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _searchLag = new(StringComparer.Ordinal);
    private readonly Counter<long> _votes;
    private readonly Counter<long> _emailsQueued;
    private readonly Counter<long> _emailsSent;
    private readonly Counter<long> _emailsDead;
    private readonly Counter<long> _workflowsFaulted;

    public NgpMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _votes = meter.CreateCounter<long>("ngp.votes", "{vote}", "Votes written (new answers and changed ones); their rate is the votes per second.");
        _emailsQueued = meter.CreateCounter<long>("ngp.emails.queued", "{email}", "E-mails added to a tenant's outbox.");
        _emailsSent = meter.CreateCounter<long>("ngp.emails.sent", "{email}", "E-mails the SMTP server accepted.");
        _emailsDead = meter.CreateCounter<long>("ngp.emails.dead", "{email}", "E-mails given up on (refused for good, or out of attempts).");
        _workflowsFaulted = meter.CreateCounter<long>("ngp.workflows.faulted", "{instance}", "Workflow instances that stopped on an error.");
        meter.CreateObservableGauge("ngp.outbox.lag", () => Read(_outboxLag), "{event}",
            "Events of the tenant's outbox that its slowest consumer had not handled, at the last dispatch pass of this node.");
        meter.CreateObservableGauge("ngp.search.lag", () => Read(_searchLag), "{task}",
            "Indexing tasks of the tenant's log not yet in this node's search index, at the start of its last pass.");
    }

    public void VotesWritten(string tenant, int count) => _votes.Add(count, Tenant(tenant));

    public void EmailQueued(string tenant) => _emailsQueued.Add(1, Tenant(tenant));

    public void EmailSent(string tenant) => _emailsSent.Add(1, Tenant(tenant));

    public void EmailDead(string tenant) => _emailsDead.Add(1, Tenant(tenant));

    public void WorkflowFaulted(string tenant) => _workflowsFaulted.Add(1, Tenant(tenant));

    public void OutboxLag(string tenant, long events) => _outboxLag[tenant] = Math.Max(0, events);

    public void SearchLag(string tenant, long tasks) => _searchLag[tenant] = Math.Max(0, tasks);

    private static KeyValuePair<string, object?> Tenant(string tenant) => new("tenant", tenant);

    private static IEnumerable<Measurement<long>> Read(ConcurrentDictionary<string, long> lags) =>
        lags.Select(l => new Measurement<long>(l.Value, new TagList { { "tenant", l.Key } }));
}
