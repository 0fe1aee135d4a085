using Microsoft.Extensions.DependencyInjection;
using Ngp.Tenants;

namespace Ngp.Tests.Harness;

/// <summary>
/// A second web node on the PostgreSQL databases of <paramref name="first"/>: its own process state (caches, rate
/// limiter), its own data folder; the first node drops the databases when it is disposed.
/// </summary>
public sealed class SecondPostgresNode(NgpFactory first, Action<IDictionary<string, string?>>? settings = null) : PostgresFactory
{
    protected override void AddDatabaseSettings(IDictionary<string, string?> values)
    {
        base.AddDatabaseSettings(values);
        values["Ngp:Database:DatabasePrefix"] = first.DatabasePrefix;
    }

    protected override void AddSettings(IDictionary<string, string?> values) => settings?.Invoke(values);

    protected override Task DropDatabasesAsync() => Task.CompletedTask;

    /// <summary>Starts the node and waits until it hears the other nodes' announcements.</summary>
    public Task ListeningAsync() => Services.GetRequiredService<PostgresCacheSignals>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
}
