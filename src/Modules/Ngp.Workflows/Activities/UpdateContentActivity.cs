using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;

namespace Ngp.Workflows.Activities;

/// <summary>Sets one field (or part property) of an item as a new draft version.</summary>
public sealed class UpdateContentActivity : ContentActivity
{
    public override string Type => "UpdateContent";

    public override string Label => "Modifier un contenu";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        ItemProperty,
        new("field", "Champ à modifier (Champ, ou Partie.propriété)", PropertyKind.Text, Required: true),
        new("value", "Nouvelle valeur (Liquid)", PropertyKind.LiquidMultiline),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (await ItemIdAsync(context) is not { } id)
            return ActivityResult.Fail("Aucun contenu à modifier.");
        var latest = await context.Services.GetRequiredService<ContentQuery>().LatestAsync(id, ct);
        if (latest is null)
            return ActivityResult.Fail(ContentManager.NotFoundMessage);
        var data = ContentQuery.Data(latest);
        Set(data, context.Activity.Property("field").Trim(), await context.RenderAsync("value"));
        var input = new ContentInput(latest.ContentType, null, data["parts"] as JsonObject, data["fields"] as JsonObject);
        return From(await context.Services.GetRequiredService<ContentManager>().UpdateAsync(id, input, ContentActor.System, ct), context);
    }
}
