using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ngp.Contents.Items;
using Ngp.Core.Tenancy;

namespace Ngp.ActionPlan;

/// <summary>Action codes: the ambition's number, a point, the action's rank (<c>2.3</c>).</summary>
public static partial class ActionCodes
{
    public const string TypeName = "PlanAction";
    public const string ProjectField = "PlanActions";

    [GeneratedRegex(@"^[1-4]\.[0-9]{1,2}$")]
    private static partial Regex Format();

    public static bool IsWellFormed(string code) => Format().IsMatch(code);

    /// <summary>The codes typed in a project's field (commas, semicolons or spaces between them), without repeats.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Orders « 1.2 » before « 1.10 ».</summary>
    public static (int Ambition, int Rank) SortKey(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && int.TryParse(code[..dot], CultureInfo.InvariantCulture, out var a) && int.TryParse(code[(dot + 1)..], CultureInfo.InvariantCulture, out var r) ? (a, r) : (9, 999);
    }

    public static string? FieldText(JsonObject data, string field) =>
        data["fields"]?[field]?["value"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static PlanActionInfo? Read(ContentItemVersion version)
    {
        var data = ContentQuery.Data(version);
        var code = FieldText(data, "Code")?.Trim();
        if (string.IsNullOrEmpty(code))
            return null;
        var fields = data["fields"];
        var priority = fields?["Priority"]?["value"] is JsonValue p && p.TryGetValue<bool>(out var b) && b;
        var progress = fields?["Progress"]?["value"] is JsonValue n && n.TryGetValue<double>(out var d) ? Math.Clamp(d, 0, 100) : 0;
        var label = FieldText(data, "Status") ?? PlanStatuses.LabelOf(PlanStatuses.NotStarted);
        var ambition = version.Ambition ?? SortKey(code).Ambition;
        return new PlanActionInfo(code, version.DisplayText, ambition, FieldText(data, "Owner")?.Trim() ?? "", priority, PlanStatuses.KeyOf(label), label, progress);
    }

    /// <summary>An address on a tenant's site, from the root: under its prefix, or on its own host name.</summary>
    public static string TenantUrl(TenantDescriptor tenant, string relative)
    {
        if (tenant.UrlPrefix.Length > 0 || tenant.IsHeadOffice)
            return tenant.PathBase + "/" + relative;
        return tenant.HostNames.Count > 0 ? $"//{tenant.HostNames[0]}/{relative}" : "/" + relative;
    }
}
