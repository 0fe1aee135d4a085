using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Recipes;

namespace Ngp.Contents.Steps;

/// <summary>
/// <c>{"name":"content","items":[{"id","type","title","parts","fields","published":true}]}</c>: demo content. An item whose
/// id already exists is left as it is, so the step can run twice.
/// </summary>
public sealed class ContentItemsStep(ContentManager manager, NgpDbContext db) : IRecipeStep
{
    public string Name => "content";

    public IEnumerable<string> Validate(JsonElement step)
    {
        if (!step.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            yield return "« items » doit être une liste de contenus.";
    }

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        foreach (var element in step.GetProperty("items").EnumerateArray())
        {
            var node = JsonNode.Parse(element.GetRawText())!.AsObject();
            var key = node["id"]?.GetValue<string>();
            if (key is not null && await db.Set<ContentItemVersion>().AnyAsync(v => v.ContentItemId == key, ct))
                continue;
            var input = new ContentInput(node["type"]?.GetValue<string>(), node["title"]?.GetValue<string>(), node["parts"] as JsonObject, node["fields"] as JsonObject);
            var created = await manager.CreateAsync(input, ContentActor.System, ct, key);
            if (!created.IsOk)
                throw new RecipeException($"le contenu « {input.Title} » n'est pas valide : {created.Message} {string.Join(" ", created.Errors.SelectMany(e => e.Value))}");
            if (node["published"]?.GetValue<bool>() == true)
                await manager.PublishAsync(created.Value.ContentItemId, ContentActor.System, ct);
        }
    }
}
