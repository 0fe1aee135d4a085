using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;
using Npgsql;

namespace Ngp.Tenants;

/// <summary>
/// Carries <see cref="CacheSignals"/> between the web nodes that share one PostgreSQL server: each node keeps one
/// connection to the host database listening on <see cref="Channel"/>, and sends what its caches forgot with
/// <c>pg_notify</c>. A node that lost that connection, or starts, may have missed announcements: it forgets everything
/// its caches keep as soon as it listens again. Nothing runs on SQLite (one node) or when
/// <c>Ngp:Database:ChangeNotifications</c> is <c>false</c> (a pooler in transaction mode cannot LISTEN).
/// </summary>
public sealed class PostgresCacheSignals(
    CacheSignals signals, TenantDatabases databases, IOptions<NgpOptions> options, TimeProvider clock, ILogger<PostgresCacheSignals> logger) : BackgroundService
{
    public const string Channel = "ngp_changes";

    /// <summary>
    /// Every announcement is sent again once this long after: one made before its transaction committed (settings,
    /// a recipe's steps) may have been heard, and the old value read again, before the change was visible.
    /// </summary>
    public static readonly TimeSpan Echo = TimeSpan.FromSeconds(1);

    // NOTIFY refuses payloads of 8,000 bytes or more; lines are grouped below that.
    private const int MaxPayload = 7_000;

    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(10);

    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<CacheSignal> _heard = System.Threading.Channels.Channel.CreateUnbounded<CacheSignal>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes once this node first listens (tests and benchmarks wait for it before changing anything).</summary>
    public Task Listening => _listening.Task;

    /// <summary>The application name of this node's listening connection in <c>pg_stat_activity</c>.</summary>
    public string ApplicationName => "ngp-signals-" + _node[..12];

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (databases.Provider != DatabaseProvider.Postgres || !options.Value.Database.ChangeNotifications)
            return Task.CompletedTask;
        var outgoing = signals.StartBroadcasting();
        return Task.WhenAll(ListenAsync(stoppingToken), ForgetHeardAsync(stoppingToken), SendAsync(outgoing, stoppingToken));
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(databases.HostConnectionString)
        {
            Pooling = false,
            ApplicationName = ApplicationName,
            // A connection cut without a word (a partition, a failed-over server) is noticed within seconds.
            KeepAlive = 5,
        };
        var wait = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                // Listening from here on: whatever changed before (while starting, while cut off) is forgotten.
                await signals.ForgetEverythingAsync();
                _listening.TrySetResult();
                wait = TimeSpan.FromSeconds(1);
                while (true)
                    await connection.WaitAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Lost the change notifications of the other web nodes; listening again in {Wait}", wait);
                await Task.Delay(wait, clock, ct);
                wait = wait * 2 < MaxRetryWait ? wait * 2 : MaxRetryWait;
            }
        }
    }

    private void Receive(string payload)
    {
        var lines = payload.Split('\n');
        if (lines.Length < 2 || lines[0] == _node)
            return;
        foreach (var line in lines.AsSpan(1))
        {
            var fields = line.Split('\t');
            if (fields.Length == 3)
                _heard.Writer.TryWrite(new CacheSignal(fields[0], fields[1], fields[2]));
        }
    }

    private async Task ForgetHeardAsync(CancellationToken ct)
    {
        await foreach (var signal in _heard.Reader.ReadAllAsync(ct))
        {
            try
            {
                await signals.HeardAsync(signal);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The cache's own lifetime still applies; the next announcement tries again.
                logger.LogWarning(e, "Could not forget {Cache} of {Tenant} as another web node asked", signal.Cache, signal.Tenant);
            }
        }
    }

    private async Task SendAsync(ChannelReader<CacheSignal> outgoing, CancellationToken ct)
    {
        await using var source = NpgsqlDataSource.Create(databases.HostConnectionString);
        var echoes = new Queue<(DateTimeOffset Due, HashSet<string> Lines)>();
        while (!ct.IsCancellationRequested)
        {
            await WaitForWorkAsync(outgoing, echoes, ct);
            var fresh = new HashSet<string>(StringComparer.Ordinal);
            while (outgoing.TryRead(out var signal))
                fresh.Add(string.Join('\t', signal.Cache, signal.Tenant, signal.Key));
            var lines = new HashSet<string>(fresh, StringComparer.Ordinal);
            var now = clock.GetUtcNow();
            while (echoes.Count > 0 && echoes.Peek().Due <= now)
                lines.UnionWith(echoes.Dequeue().Lines);
            if (lines.Count == 0)
                continue;
            try
            {
                await NotifyAsync(source, lines, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // The other nodes' caches expire on their own; the listener's reconnection forgets the rest.
                logger.LogWarning(e, "Could not tell the other web nodes of {Count} cache changes", lines.Count);
            }
            if (fresh.Count > 0)
                echoes.Enqueue((now + Echo, fresh));
        }
    }

    private async Task WaitForWorkAsync(ChannelReader<CacheSignal> outgoing, Queue<(DateTimeOffset Due, HashSet<string> Lines)> echoes, CancellationToken ct)
    {
        if (echoes.Count == 0)
        {
            await outgoing.WaitToReadAsync(ct);
            return;
        }
        var left = echoes.Peek().Due - clock.GetUtcNow();
        if (left <= TimeSpan.Zero)
            return;
        using var timeout = new CancellationTokenSource(left, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await outgoing.WaitToReadAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The next echo is due.
        }
    }

    private async Task NotifyAsync(NpgsqlDataSource source, IEnumerable<string> lines, CancellationToken ct)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        var payload = new StringBuilder(_node);
        foreach (var line in lines)
        {
            if (payload.Length + line.Length + 1 > MaxPayload && payload.Length > _node.Length)
            {
                await NotifyAsync(connection, payload.ToString(), ct);
                payload.Clear().Append(_node);
            }
            payload.Append('\n').Append(line);
        }
        await NotifyAsync(connection, payload.ToString(), ct);
    }

    private static async Task NotifyAsync(NpgsqlConnection connection, string payload, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(ct);
    }
}
