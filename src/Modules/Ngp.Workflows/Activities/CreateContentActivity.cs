using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;

namespace Ngp.Workflows.Activities;

/// <summary>Creates a draft (or published) item from Liquid templates; its id becomes the activity's output.</summary>
public sealed class CreateContentActivity : ContentActivity
{
    public override string Type => "CreateContent";

    public override string Label => "Créer un contenu";

    public override IReadOnlyList<ActivityProperty> Properties { get; } =
    [
        new("contentType", "Type de contenu", PropertyKind.Text, Required: true, Hint: "Exemple : News"),
        new("title", "Titre (Liquid)", PropertyKind.Liquid, Required: true),
        new("field", "Champ à remplir (Champ, ou Partie.propriété)", PropertyKind.Text, Hint: "Exemples : Summary.text, Body.markdown"),
        new("value", "Valeur du champ (Liquid)", PropertyKind.LiquidMultiline),
        new("publish", "Publier aussitôt (true / false)", PropertyKind.Text),
    ];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        var data = new JsonObject();
        var field = context.Activity.Property("field").Trim();
        if (field.Length > 0)
            Set(data, field, await context.RenderAsync("value"));
        var manager = context.Services.GetRequiredService<ContentManager>();
        var input = new ContentInput(context.Activity.Property("contentType").Trim(), (await context.RenderAsync("title")).Trim(), data["parts"] as JsonObject, data["fields"] as JsonObject);
        var created = await manager.CreateAsync(input, ContentActor.System, ct);
        if (!created.IsOk)
            return From(created, context);
        context.SetOutput(JsonValue.Create(created.Value.ContentItemId));
        if (string.Equals(context.Activity.Property("publish").Trim(), "true", StringComparison.OrdinalIgnoreCase))
            return From(await manager.PublishAsync(created.Value.ContentItemId, ContentActor.System, ct), context);
        return From(created, context);
    }
}
