using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Tenants.Setup;

namespace Ngp.Tenants.Api;

public static class TenantsApi
{
    public static void MapTenantsApi(this IEndpointRouteBuilder tenant)
    {
        var api = tenant.MapGroup("api/v1/tenants")
            .WithTags("Agences (siège)")
            .AddEndpointFilter<HeadOfficeOnlyFilter>()
            .RequirePermission(TenantPermissions.ManageTenants);

        api.MapGet("", (TenantRegistry registry) => registry.All.Select(TenantDto.From).ToList())
            .WithSummary("Liste les agences et leur état.");

        api.MapPost("", async (CreateTenantRequest request, TenantSetup setup, CancellationToken ct) =>
            ApiResults.From(await setup.CreateAsync(request, ct), t => Results.Created($"api/v1/tenants/{t.Name}", TenantDto.From(t))))
            .WithSummary("Crée une agence à partir d'une recette et lui donne son premier administrateur.");

        api.MapPost("{name}/disable", async (string name, TenantSetup setup, CancellationToken ct) =>
            ApiResults.From(await setup.DisableAsync(name, ct), t => Results.Ok(TenantDto.From(t))));

        api.MapPost("{name}/enable", async (string name, TenantSetup setup, CancellationToken ct) =>
            ApiResults.From(await setup.EnableAsync(name, ct), t => Results.Ok(TenantDto.From(t))));

        api.MapDelete("{name}", async (string name, TenantSetup setup, CancellationToken ct) =>
        {
            var result = await setup.RemoveAsync(name, ct);
            return result.IsOk ? Results.NoContent() : ApiResults.Problem(result);
        }).WithSummary("Supprime une agence désactivée, sa base de données et ses fichiers.");
    }
}
