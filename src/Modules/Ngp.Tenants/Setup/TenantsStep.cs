using System.Text.Json;
using Ngp.Core.Tenancy;
using Ngp.Recipes;

namespace Ngp.Tenants.Setup;

/// <summary>
/// <c>{"name":"tenants","tenants":[{"name","displayName","urlPrefix","publicAddress","recipe"}]}</c>, head office only:
/// creates the listed agencies that do not exist yet, their first administrator taken from the recipe's parameters;
/// for one that exists (the head office, <c>siege</c>, included) it sets the public address when one is given.
/// </summary>
public sealed class TenantsStep(TenantSetup setup, TenantRegistry registry, ITenantContext tenantContext) : IRecipeStep
{
    public string Name => "tenants";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!tenantContext.Tenant.IsHeadOffice)
            yield return "Seul le siège peut créer des agences.";
        if (!step.TryGetProperty("tenants", out var tenants) || tenants.ValueKind != JsonValueKind.Array)
        {
            yield return "« tenants » doit être une liste.";
            yield break;
        }
        var index = 0;
        foreach (var tenant in tenants.EnumerateArray())
        {
            index++;
            if (TenantNameRules.CheckSlug(Read(tenant, "name"), $"Le nom de l'agence n° {index}") is { } error)
                yield return error;
            if (Core.Web.PublicAddress.Normalize(Read(tenant, "publicAddress")).Error is { } addressError)
                yield return $"Agence n° {index} : {addressError}";
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step.GetProperty("tenants").EnumerateArray())
        {
            var name = Read(item, "name")!;
            await registry.ReloadAsync(ct);
            var address = Read(item, "publicAddress");
            if (registry.Find(name) is not null)
            {
                if (address is not null)
                    await setup.SetPublicAddressAsync(name, address, ct);
                continue;
            }
            var result = await setup.CreateAsync(new CreateTenantRequest
            {
                Name = name,
                DisplayName = Read(item, "displayName"),
                UrlPrefix = Read(item, "urlPrefix") ?? name,
                PublicAddress = address,
                Recipe = Read(item, "recipe") ?? "agency",
                AdminEmail = Read(item, "adminEmail") ?? context.Parameter("adminEmail"),
                AdminPassword = context.Parameter("adminPassword"),
            }, ct);
            if (!result.IsOk)
                throw new RecipeException($"l'agence « {name} » n'a pas pu être créée : {result.Message} {string.Join(" ", result.Errors.SelectMany(e => e.Value))}");
        }
    }

    private static string? Read(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
