using Microsoft.Extensions.Logging.Abstractions;
using Ngp.Core;
using Ngp.Core.Tenancy;

namespace Ngp.Tests.Unit;

public sealed class TenantLoopTests
{
    private sealed class TwoTenants : IRunningTenants
    {
        public IReadOnlyList<TenantDescriptor> Running { get; } =
        [
            new TenantDescriptor { Name = "fermee", DisplayName = "Fermée", Recipe = "agency", ConnectionString = "", DataFolder = "" },
            new TenantDescriptor { Name = "agence", DisplayName = "Agence", Recipe = "agency", ConnectionString = "", DataFolder = "" },
        ];
    }

    private sealed class TestSignal : WakeSignal;

    /// <summary>A loop woken by a signal, polling only every hour; its first tenant is being removed.</summary>
    private sealed class SignalledLoop(WakeSignal signal, bool enabled = true) : TenantLoop(new TwoTenants(), NullLogger.Instance)
    {
        private int _passes;

        public int Passes => Volatile.Read(ref _passes);

        protected override string Description => "Test loop";

        protected override bool Enabled => enabled;

        protected override LoopTrigger CreateTrigger() => LoopTrigger.OnSignal(signal, TimeSpan.FromHours(1));

        public override Task<int> RunOnceAsync(TenantDescriptor tenant, CancellationToken ct)
        {
            if (tenant.Name == "fermee")
                throw new TenantClosedException(tenant.Name);
            Interlocked.Increment(ref _passes);
            return Task.FromResult(1);
        }
    }

    [Fact]
    public async Task Pulse_WakesTheLoopBeforeItsPoll_AndAClosingTenantNeverStopsTheOthers()
    {
        var signal = new TestSignal();
        var loop = new SignalledLoop(signal);
        await loop.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => loop.Passes == 1);

        signal.Pulse();
        await WaitUntilAsync(() => loop.Passes == 2);
        await loop.StopAsync(CancellationToken.None);

        Assert.Equal(2, loop.Passes);
    }

    [Fact]
    public async Task DisabledLoop_NeverRunsByItself_ButADirectPassStillWorks()
    {
        var signal = new TestSignal();
        var loop = new SignalledLoop(signal, enabled: false);
        await loop.StartAsync(CancellationToken.None);
        signal.Pulse();
        await Task.Delay(200);
        Assert.Equal(0, loop.Passes);

        var handled = await loop.RunOnceAsync();
        await loop.StopAsync(CancellationToken.None);

        Assert.Equal(1, handled);
        Assert.Equal(1, loop.Passes);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
