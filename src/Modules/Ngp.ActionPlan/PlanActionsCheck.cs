using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;

namespace Ngp.ActionPlan;

/// <summary>
/// The plan's rules that need a read: a project links only to actions the head office's plan has; an action's code is
/// well formed, matches its ambition and is not another action's; its progress is a percentage.
/// </summary>
public sealed class PlanActionsCheck(ActionPlanReader reader, ContentQuery query) : IContentCheck
{
    private const string FieldKey = "fields." + ActionCodes.ProjectField;

    public async Task CheckAsync(ContentTypeDefinition type, string id, JsonObject data, IDictionary<string, string[]> errors, CancellationToken ct)
    {
        if (type.Name == ActionCodes.TypeName)
            await CheckActionAsync(id, data, errors, ct);
        if (type.Fields.Any(f => f.Name == ActionCodes.ProjectField))
            await CheckLinksAsync(data, errors, ct);
    }

    private async Task CheckLinksAsync(JsonObject data, IDictionary<string, string[]> errors, CancellationToken ct)
    {
        var codes = ActionCodes.Parse(ActionCodes.FieldText(data, ActionCodes.ProjectField));
        if (codes.Count == 0)
            return;
        var malformed = codes.Where(c => !ActionCodes.IsWellFormed(c)).ToList();
        if (malformed.Count > 0)
        {
            errors[FieldKey] = [$"{Quote(malformed)} : un code d'action s'écrit avec le numéro de l'ambition, un point et le rang de l'action (ex. : 2.3)."];
            return;
        }
        // Without a running head office the plan cannot be read: well-formed codes are kept and show once it is back.
        var plan = await reader.PlanAsync(ct);
        if (plan is not null)
        {
            var unknown = codes.Where(c => plan.All(a => a.Code != c)).ToList();
            if (unknown.Count == 1)
                errors[FieldKey] = [$"L'action « {unknown[0]} » n'existe pas dans le plan d'actions du siège."];
            else if (unknown.Count > 1)
                errors[FieldKey] = [$"Les actions {Quote(unknown)} n'existent pas dans le plan d'actions du siège."];
            if (unknown.Count > 0)
                return;
        }
        if (data["fields"]?[ActionCodes.ProjectField] is JsonObject field)
            field["value"] = string.Join(", ", codes.OrderBy(ActionCodes.SortKey));
    }

    private async Task CheckActionAsync(string id, JsonObject data, IDictionary<string, string[]> errors, CancellationToken ct)
    {
        var code = ActionCodes.FieldText(data, "Code")?.Trim() ?? "";
        if (code.Length > 0)
        {
            var ambition = data["parts"]?["Ambition"]?["value"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (int?)null;
            if (!ActionCodes.IsWellFormed(code))
                errors["fields.Code"] = ["Le code s'écrit avec le numéro de l'ambition, un point et le rang de l'action (ex. : 2.3)."];
            else if (ambition is not null && ActionCodes.SortKey(code).Ambition != ambition)
                errors["fields.Code"] = [$"Le code « {code} » commence par le numéro de l'ambition choisie ({ambition})."];
            else
            {
                var others = await query.ListAsync(new ContentFilter { Type = ActionCodes.TypeName, AllLatest = true, PageSize = 100 }, ct);
                if (others.Items.Any(o => o.ContentItemId != id && string.Equals(ActionCodes.FieldText(ContentQuery.Data(o), "Code")?.Trim(), code, StringComparison.Ordinal)))
                    errors["fields.Code"] = [$"Le code « {code} » est déjà celui d'une autre action du plan."];
            }
        }
        if (data["fields"]?["Progress"]?["value"] is JsonValue p && p.TryGetValue<decimal>(out var progress) && progress is < 0 or > 100)
            errors["fields.Progress"] = ["L'avancement est un pourcentage, de 0 à 100."];
    }

    private static string Quote(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"« {c} »"));
}
