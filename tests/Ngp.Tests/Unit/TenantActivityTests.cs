using Ngp.Core.Tenancy;

namespace Ngp.Tests.Unit;

public sealed class TenantActivityTests
{
    [Fact]
    public async Task Close_WhileWorkOutlastsTheWait_GivesUpAndLetsWorkInAgain()
    {
        var activity = new TenantActivity();
        using var longPass = activity.Enter("agence-a");

        var closed = await activity.CloseAsync("agence-a", TimeSpan.FromMilliseconds(100), CancellationToken.None);
        using var next = activity.TryEnter("agence-a");

        Assert.False(closed);
        Assert.NotNull(next);
    }

    [Fact]
    public async Task Close_OnceTheWorkIsOver_RefusesNewWorkInThatTenantOnly()
    {
        var activity = new TenantActivity();
        var pass = activity.Enter("agence-a");
        pass.Dispose();
        pass.Dispose();

        var closed = await activity.CloseAsync("agence-a", TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.True(closed);
        Assert.Null(activity.TryEnter("agence-a"));
        Assert.Throws<TenantClosedException>(() => activity.Enter("agence-a"));
        using var other = activity.TryEnter("agence-b");
        Assert.NotNull(other);
        activity.Open("agence-a");
        using var afterOpen = activity.TryEnter("agence-a");
        Assert.NotNull(afterOpen);
    }
}
