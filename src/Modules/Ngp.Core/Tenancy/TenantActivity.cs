using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ngp.Core.Tenancy;

/// <summary>
/// Counts the work under way in each tenant (requests, tenant scopes, index passes) so that removing a tenant can
/// first shut the door, then wait for what already started. Without it, a background pass that listed the tenant
/// before it was disabled could write into its folder after the folder was deleted, and create it again.
/// </summary>
public sealed class TenantActivity
{
    private readonly ConcurrentDictionary<string, Counter> _tenants = new(StringComparer.Ordinal);

    /// <summary>Registers work in the tenant until the returned handle is disposed; null when the tenant is closing.</summary>
    public IDisposable? TryEnter(string tenant)
    {
        var counter = _tenants.GetOrAdd(tenant, _ => new Counter());
        Interlocked.Increment(ref counter.Running);
        if (Volatile.Read(ref counter.Closed))
        {
            Interlocked.Decrement(ref counter.Running);
            return null;
        }
        return new Work(counter);
    }

    /// <inheritdoc cref="TryEnter"/>
    /// <exception cref="TenantClosedException">The tenant is being removed.</exception>
    public IDisposable Enter(string tenant) => TryEnter(tenant) ?? throw new TenantClosedException(tenant);

    /// <summary>
    /// Refuses new work in the tenant, then waits until the work already under way is over. Returns false, and opens
    /// the tenant again, when that work does not end within <paramref name="timeout"/>.
    /// </summary>
    public async Task<bool> CloseAsync(string tenant, TimeSpan timeout, CancellationToken ct)
    {
        var counter = _tenants.GetOrAdd(tenant, _ => new Counter());
        Volatile.Write(ref counter.Closed, true);
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref counter.Running) > 0)
        {
            if (waited.Elapsed > timeout || ct.IsCancellationRequested)
            {
                Volatile.Write(ref counter.Closed, false);
                return false;
            }
            await Task.Delay(20, CancellationToken.None);
        }
        return true;
    }

    /// <summary>Lets work into a tenant of this name again: a new tenant may take the name of a removed one.</summary>
    public void Open(string tenant)
    {
        if (_tenants.TryGetValue(tenant, out var counter))
            Volatile.Write(ref counter.Closed, false);
    }

    private sealed class Counter
    {
        public int Running;
        public bool Closed;
    }

    private sealed class Work(Counter counter) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                Interlocked.Decrement(ref counter.Running);
        }
    }
}
