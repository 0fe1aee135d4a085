using System.Text.Json;
using System.Text.RegularExpressions;
using Ngp.Core.Data;
using Ngp.Recipes;

namespace Ngp.Maintenance;

/// <summary>
/// <c>{"name":"maintenance","referencePrefix":"GC","urgentDelayHours":24,"normalDelayDays":8,"categories":[{"key","label"}],"commonAreas":[…]}</c>:
/// the agency's maintenance settings; what the step leaves out keeps its value.
/// </summary>
public sealed partial class MaintenanceStep(MaintenanceSettingsStore store, NgpDbContext db) : IRecipeStep
{
    public string Name => "maintenance";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (step.TryGetProperty("referencePrefix", out var prefix) && (prefix.ValueKind != JsonValueKind.String || !PrefixPattern().IsMatch(prefix.GetString()!)))
            yield return "« referencePrefix » : de 1 à 6 lettres majuscules.";
        if (step.TryGetProperty("urgentDelayHours", out var urgent) && (urgent.ValueKind != JsonValueKind.Number || !urgent.TryGetInt32(out var hours) || hours is < 1 or > 720))
            yield return "« urgentDelayHours » : un nombre d'heures de 1 à 720.";
        if (step.TryGetProperty("normalDelayDays", out var normal) && (normal.ValueKind != JsonValueKind.Number || !normal.TryGetInt32(out var days) || days is < 1 or > 365))
            yield return "« normalDelayDays » : un nombre de jours de 1 à 365.";
        foreach (var list in new[] { "categories", "commonAreas" })
        {
            if (!step.TryGetProperty(list, out var items))
                continue;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
            {
                yield return $"« {list} » doit être une liste non vide de {{\"key\",\"label\"}}.";
                continue;
            }
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items.EnumerateArray())
            {
                var key = Str(item, "key");
                if (key is null || !KeyPattern().IsMatch(key) || string.IsNullOrWhiteSpace(Str(item, "label")))
                    yield return $"« {list} » : chaque élément a une clé (minuscules, chiffres, tirets) et un libellé.";
                else if (!keys.Add(key))
                    yield return $"« {list} » : la clé « {key} » figure deux fois.";
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var settings = await store.GetAsync(ct);
        settings = settings with
        {
            ReferencePrefix = Str(step, "referencePrefix") ?? settings.ReferencePrefix,
            UrgentDelayHours = step.TryGetProperty("urgentDelayHours", out var urgent) ? urgent.GetInt32() : settings.UrgentDelayHours,
            NormalDelayDays = step.TryGetProperty("normalDelayDays", out var normal) ? normal.GetInt32() : settings.NormalDelayDays,
            Categories = Choices(step, "categories") ?? settings.Categories,
            CommonAreas = Choices(step, "commonAreas") ?? settings.CommonAreas,
        };
        await store.SetAsync(settings, ct);
        await db.SaveChangesAsync(ct);
    }

    private static List<MaintenanceChoice>? Choices(JsonElement step, string name) =>
        step.TryGetProperty(name, out var items)
            ? items.EnumerateArray().Select(i => new MaintenanceChoice(Str(i, "key")!, Str(i, "label")!.Trim())).ToList()
            : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [GeneratedRegex("^[A-Z]{1,6}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
