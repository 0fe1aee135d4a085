namespace Ngp.Tenants;

/// <summary>Runs the bootstrapper before the server accepts requests, and keeps its report for the banner.</summary>
public sealed class TenantsStartupService(TenantsBootstrapper bootstrapper) : Microsoft.Extensions.Hosting.IHostedService
{
    public BootstrapReport? Report { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken) => Report = await bootstrapper.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
