using System.Text.Json;
using Ngp.Recipes;
using Ngp.Users.Accounts;

namespace Ngp.Users.Steps;

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
