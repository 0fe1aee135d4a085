using Microsoft.Extensions.Logging;
using Ngp.Core.Tenancy;

namespace Ngp.Tests.Unit;

public sealed class TenantPassesTests
{
    private sealed class Tenants(params string[] names) : IRunningTenants
    {
        public IReadOnlyList<TenantDescriptor> Running { get; } = names.Select(n => new TenantDescriptor { Name = n, DisplayName = n, Recipe = "agency", ConnectionString = "", DataFolder = "" }).ToList();
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    [Fact]
    public async Task ForEachRunning_ATenantBeingRemovedAndAFailingOne_AreLoggedAndTheOthersStillRun()
    {
        var logger = new RecordingLogger();
        var visited = new List<string>();

        var total = await TenantPasses.ForEachRunningAsync(new Tenants("a", "removed", "broken", "d"), logger, "Test job", (tenant, _) =>
        {
            visited.Add(tenant.Name);
            return tenant.Name switch
            {
                "removed" => throw new TenantClosedException(tenant.Name),
                "broken" => throw new InvalidOperationException("base indisponible"),
                _ => Task.FromResult(2),
            };
        }, CancellationToken.None);

        Assert.Equal(["a", "removed", "broken", "d"], visited);
        Assert.Equal(4, total);
        Assert.Equal([LogLevel.Debug, LogLevel.Error], logger.Entries.Select(e => e.Level));
        Assert.Contains("Test job stopped in tenant removed", logger.Entries[0].Message, StringComparison.Ordinal);
        Assert.Contains("Test job failed in tenant broken", logger.Entries[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForEachRunning_WhenTheLoopIsStopped_EndsTheVisitInsteadOfLoggingAFailure()
    {
        var logger = new RecordingLogger();
        using var stopping = new CancellationTokenSource();
        var visited = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TenantPasses.ForEachRunningAsync(new Tenants("a", "b"), logger, "Test job", async (tenant, ct) =>
        {
            visited.Add(tenant.Name);
            await stopping.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return 1;
        }, stopping.Token));

        Assert.Equal(["a"], visited);
        Assert.Empty(logger.Entries);
    }
}
