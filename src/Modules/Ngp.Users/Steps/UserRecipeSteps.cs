using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Security;
using Ngp.Recipes;
using Ngp.Users.Accounts;
using Ngp.Users.Leases;

namespace Ngp.Users.Steps;

/// <summary>
/// <c>{"name":"roles","roles":[{"name":"Editor","permissions":["…"]}]}</c>: creates the roles and sets each one's
/// permissions to exactly the listed ones.
/// </summary>
public sealed class RolesStep(RoleManager<NgpRole> roles, ModuleCatalog modules) : IRecipeStep
{
    public string Name => "roles";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("roles", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield return "« roles » doit être une liste.";
            yield break;
        }
        foreach (var role in list.EnumerateArray())
        {
            var name = role.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (name is null || !NgpRoles.IsKnown(name))
                yield return $"Rôle inconnu « {name} » ; rôles possibles : {string.Join(", ", NgpRoles.All)}.";
            if (role.TryGetProperty("permissions", out var permissions))
            {
                foreach (var permission in permissions.EnumerateArray())
                {
                    if (modules.FindPermission(permission.GetString() ?? "") is null)
                        yield return $"Permission inconnue « {permission.GetString()} » pour le rôle {name}.";
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step.GetProperty("roles").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!;
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new NgpRole(name);
                await roles.CreateAsync(role);
            }
            if (!item.TryGetProperty("permissions", out var list))
                continue;
            var wanted = list.EnumerateArray().Select(p => p.GetString()!).ToHashSet(StringComparer.Ordinal);
            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).ToList();
            foreach (var claim in current.Where(c => !wanted.Contains(c.Value)))
                await roles.RemoveClaimAsync(role, claim);
            foreach (var permission in wanted.Where(p => current.All(c => c.Value != p)))
                await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission));
        }
    }
}

/// <summary><c>{"name":"leases","leases":[{"leaseReference","building","postcode","street?","city?","dwelling?"}]}</c>: the demo lease list.</summary>
public sealed class LeasesStep(LeaseImport import) : IRecipeStep
{
    public string Name => "leases";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("leases", out var list) || list.ValueKind != JsonValueKind.Array)
            yield return "« leases » doit être une liste.";
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var rows = step.GetProperty("leases").EnumerateArray()
            .Select(l => new LeaseRow(Lease.Normalize(l.GetProperty("leaseReference").GetString()!), l.GetProperty("building").GetString()!, l.GetProperty("postcode").GetString()!,
                Optional(l, "street"), Optional(l, "city"), Optional(l, "dwelling")))
            .ToList();
        await import.UpsertAsync(rows, ct);
    }

    private static string? Optional(JsonElement lease, string name) =>
        lease.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary><c>{"name":"users","users":[{"email","password","roles":[..],"leaseReference","displayName"}]}</c>: demo accounts, created once.</summary>
public sealed class UsersStep(UserProvisioning provisioning) : IRecipeStep
{
    public string Name => "users";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("users", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield return "« users » doit être une liste.";
            yield break;
        }
        foreach (var user in list.EnumerateArray())
        {
            var email = user.TryGetProperty("email", out var e) ? e.GetString() : null;
            if (!UserRules.IsEmail(email))
                yield return $"Adresse e-mail invalide : « {email} ».";
            if (user.TryGetProperty("displayName", out var n) && Ngp.Core.Accounts.PublicName.Refusal(n.GetString(), email) is { } refusal)
                yield return $"Nom affiché de « {email} » : {refusal}";
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step.GetProperty("users").EnumerateArray())
        {
            var email = item.GetProperty("email").GetString()!;
            var password = item.TryGetProperty("password", out var p) ? p.GetString() : context.Parameter("adminPassword");
            var roles = item.TryGetProperty("roles", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var lease = item.TryGetProperty("leaseReference", out var l) ? l.GetString() : null;
            var displayName = item.TryGetProperty("displayName", out var n) ? n.GetString() : null;
            var result = await provisioning.EnsureUserAsync(email, password ?? "", roles, lease, ct, displayName);
            if (!result.IsOk)
                throw new RecipeException($"le compte {email} n'a pas pu être créé : {result.Message} {string.Join(" ", result.Errors.SelectMany(x => x.Value))}");
        }
    }
}
