using System.Text.Json;
using Ngp.Recipes;
using Ngp.Users.Leases;

namespace Ngp.Users.Steps;

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
