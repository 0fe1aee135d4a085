using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Security;
using Ngp.Recipes;

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
