using Microsoft.Extensions.Logging;
using Ngp.Tenants.Data;
using Ngp.Users.Security;
using Npgsql;

namespace Ngp.Tenants;

/// <summary>
/// The rate limits' attempts counted in the host database (table <c>AttemptCounts</c>), so that N web nodes on one
/// PostgreSQL server share one count per address and per account. Fixed windows aligned on the clock: one upsert per
/// attempt, the database settling concurrent attempts on the same key.
/// </summary>
public sealed class PostgresAttemptCounter(TenantDatabases databases, TimeProvider clock, ILogger<PostgresAttemptCounter> logger) : IAttemptCounter, IAsyncDisposable
{
    // Old windows are deleted by one attempt in this many.
    private const int PruneEvery = 500;

    private const string Count = """
        INSERT INTO "AttemptCounts" ("Key", "WindowStartUtc", "Count") VALUES (@key, @window, 1)
        ON CONFLICT ("Key") DO UPDATE SET
            "Count" = CASE WHEN "AttemptCounts"."WindowStartUtc" = EXCLUDED."WindowStartUtc" THEN "AttemptCounts"."Count" + 1 ELSE 1 END,
            "WindowStartUtc" = EXCLUDED."WindowStartUtc"
        RETURNING "Count"
        """;

    private readonly Lazy<NpgsqlDataSource> _source = new(() => NpgsqlDataSource.Create(databases.HostConnectionString));
    private long _attempts;

    public bool AcrossNodes => true;

    public async ValueTask<bool> TryCountAsync(string key, int limit, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % window.Ticks), TimeSpan.Zero);
        await using var connection = await _source.Value.OpenConnectionAsync(ct);
        int count;
        await using (var command = new NpgsqlCommand(Count, connection))
        {
            command.Parameters.AddWithValue("key", key.Length > 400 ? key[..400] : key);
            command.Parameters.AddWithValue("window", start);
            count = (int)(await command.ExecuteScalarAsync(ct))!;
        }
        if (Interlocked.Increment(ref _attempts) % PruneEvery == 0)
        {
            await using var prune = new NpgsqlCommand("""DELETE FROM "AttemptCounts" WHERE "WindowStartUtc" < @before""", connection);
            prune.Parameters.AddWithValue("before", start - window);
            logger.LogDebug("Pruned {Count} old attempt counts", await prune.ExecuteNonQueryAsync(ct));
        }
        return count <= limit;
    }

    public async ValueTask DisposeAsync()
    {
        if (_source.IsValueCreated)
            await _source.Value.DisposeAsync();
    }
}
