using System.Text.Json;
using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Recipes;

/// <summary><c>{"name":"settings","siteName":"…","maxAccountsPerLease":2,…}</c>: sets the named site settings, keeps the others.</summary>
public sealed class SettingsStep(ISiteSettingsStore store, NgpDbContext db) : IRecipeStep
{
    public string Name => "settings";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (step.TryGetProperty("siteName", out var siteName) && (siteName.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(siteName.GetString())))
            yield return "« siteName » doit être un texte non vide.";
        if (step.TryGetProperty("maxAccountsPerLease", out var max) && (max.ValueKind != JsonValueKind.Number || !max.TryGetInt32(out var n) || n < 1 || n > 20))
            yield return "« maxAccountsPerLease » doit être un nombre entier de 1 à 20.";
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var settings = await store.GetAsync(ct);
        settings = settings with
        {
            SiteName = ReadString(step, "siteName") ?? settings.SiteName,
            Tagline = ReadString(step, "tagline") ?? settings.Tagline,
            PrimaryColor = ReadString(step, "primaryColor") ?? settings.PrimaryColor,
            ContactEmail = ReadString(step, "contactEmail") ?? settings.ContactEmail,
            MaxAccountsPerLease = step.TryGetProperty("maxAccountsPerLease", out var max) ? max.GetInt32() : settings.MaxAccountsPerLease,
            RequireApproval = step.TryGetProperty("requireApproval", out var approval) && approval.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? approval.GetBoolean()
                : settings.RequireApproval,
        };
        await store.SetAsync(settings, ct);
        await db.SaveChangesAsync(ct);
    }

    private static string? ReadString(JsonElement step, string name) =>
        step.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
