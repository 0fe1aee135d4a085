using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Ngp.Tests.Harness;

/// <summary>The site on SQLite with a clock the test moves forward (scheduled publishing, expiries).</summary>
public sealed class ClockedFactory : SqliteFactory
{
    /// <summary>Starts from the real now; a test may start it elsewhere (years away) to show nothing depends on the system's date.</summary>
    public FakeTimeProvider Clock { get; init; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}
