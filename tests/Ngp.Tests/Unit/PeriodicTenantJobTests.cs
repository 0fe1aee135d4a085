using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Ngp.Core.Tenancy;

namespace Ngp.Tests.Unit;

public sealed class PeriodicTenantJobTests
{
    private sealed class OneTenant : IRunningTenants
    {
        public IReadOnlyList<TenantDescriptor> Running { get; } =
            [new TenantDescriptor { Name = "agence", DisplayName = "Agence", Recipe = "agency", ConnectionString = "", DataFolder = "" }];
    }

    /// <summary>A 30-second job whose pass works synchronously for 2 ms, as a SQLite query does.</summary>
    private sealed class CountingJob(TimeProvider clock) : PeriodicTenantJob(new OneTenant(), clock, NullLogger.Instance)
    {
        private int _passes;

        public int Passes => Volatile.Read(ref _passes);

        protected override TimeSpan Interval => TimeSpan.FromSeconds(30);

        protected override string Description => "Test job";

        public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
        {
            Thread.Sleep(2);
            Interlocked.Increment(ref _passes);
            return Task.FromResult(1);
        }
    }

    [Fact]
    public async Task ClockJumpingADay_RunsTheJobAFewTimes_NotOncePerMissedTick()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var job = new CountingJob(clock);
        await job.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => job.Passes == 1);

        // 2,880 ticks of 30 s are due at once.
        clock.Advance(TimeSpan.FromDays(1));
        await WaitUntilAsync(() => job.Passes > 1);
        await Task.Delay(100);
        await job.StopAsync(CancellationToken.None);

        Assert.InRange(job.Passes, 2, 100);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
