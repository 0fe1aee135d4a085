using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;

namespace Ngp.Tests.Harness;

/// <summary>A test's own agency: its address, its administrator, and residents made on demand.</summary>
public sealed class Agency(NgpFactory factory, TenantDescriptor tenant)
{
    private int _residents;

    public TenantDescriptor Tenant { get; } = tenant;

    public string Name => Tenant.Name;

    public string PathBase => Tenant.PathBase;

    public NgpFactory Factory { get; } = factory;

    public HttpClient Client(bool followRedirects = false) => Factory.ClientFor(PathBase, followRedirects);

    public Task<HttpClient> AdminAsync() => Factory.TokenClientAsync(PathBase, NgpFactory.AdminEmail, NgpFactory.AdminPassword);

    /// <summary>Registers a new verified resident through the API with the next free demo lease.</summary>
    public async Task<Resident> CreateResidentAsync()
    {
        var n = Interlocked.Increment(ref _residents);
        var lease = $"DEMO-{n + 1:0000}";
        var email = $"locataire{n}@{Name}.test";
        var response = await Client().PostAsJsonAsync("api/v1/account/register", new { email, password = NgpFactory.StrongPassword, leaseReference = lease });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var client = await Factory.TokenClientAsync(PathBase, email, NgpFactory.StrongPassword);
        return new Resident(email, NgpFactory.StrongPassword, lease, client);
    }

    /// <summary>Runs code in a DI scope of this agency (its database, its services).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.GetRequiredService<ITenantScopeFactory>().CreateScope(Tenant);
        return await action(scope.ServiceProvider);
    }
}

public sealed record Resident(string Email, string Password, string LeaseReference, HttpClient Api);
