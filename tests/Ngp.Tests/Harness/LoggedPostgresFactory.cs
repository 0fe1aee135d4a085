using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ngp.Tests.Harness;

/// <summary>The site on PostgreSQL with its whole log kept (<see cref="LogCapture"/>), the site's own categories down to Trace.</summary>
public sealed class LoggedPostgresFactory : PostgresFactory, ILoggedFactory
{
    public LogCapture Log { get; } = new();

    protected override void AddSettings(IDictionary<string, string?> settings) => ILoggedFactory.AddLogSettings(settings);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Log);
}
