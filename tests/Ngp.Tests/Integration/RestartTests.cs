using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Tenancy;
using Ngp.Tenants;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Integration;

public sealed class RestartTests
{
    [Fact]
    public async Task SecondRun_OnTheSameData_ReusesTenantsAccountsAndSessions()
    {
        var first = new SqliteFactory { KeepData = true };
        string dataPath;
        Agency agency;
        Resident resident;
        await using (first)
        {
            agency = await first.CreateAgencyAsync();
            resident = await agency.CreateResidentAsync();
            dataPath = first.DataPath;
        }

        await using var second = new SqliteFactory { DataPath = dataPath };
        var registry = second.Services.GetRequiredService<TenantRegistry>();
        var again = registry.Find(agency.Name);

        Assert.Equal(TenantState.Running, again!.State);
        Assert.Equal(HttpStatusCode.OK, (await second.ClientFor(agency.PathBase).GetAsync("")).StatusCode);
        var client = await second.TokenClientAsync(agency.PathBase, resident.Email, resident.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/v1/me")).StatusCode);
        // A token issued before the restart is still honoured: the data-protection keys live in the data folder.
        var oldToken = second.ClientFor(agency.PathBase);
        oldToken.DefaultRequestHeaders.Authorization = resident.Api.DefaultRequestHeaders.Authorization;
        Assert.Equal(resident.Email, (await oldToken.GetFromJsonAsync<System.Text.Json.JsonElement>("api/v1/me")).GetProperty("email").GetString());
    }
}
