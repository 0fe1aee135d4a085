using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;
using Ngp.Core.Results;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>Shared by the content tasks: the item they act on and the outcome of a content use case.</summary>
public abstract class ContentActivity : IActivity
{
    protected static readonly ActivityProperty ItemProperty =
        new("contentItemId", "Contenu (Liquid ; vide : celui du workflow)", PropertyKind.Liquid, Hint: "Exemple : {{ Workflow.Outputs.creer }}");

    public abstract string Type { get; }

    public abstract string Label { get; }

    public abstract IReadOnlyList<ActivityProperty> Properties { get; }

    public IReadOnlyList<string> Outcomes(ActivityDefinition activity) => [Activities.Outcomes.Done, Activities.Outcomes.Failed];

    public abstract Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct);

    protected static async Task<string?> ItemIdAsync(ActivityContext context)
    {
        var id = (await context.RenderAsync("contentItemId")).Trim();
        return id.Length > 0 ? id : context.Instance.CorrelationId;
    }

    protected static ActivityResult From(Result result, ActivityContext context)
    {
        if (!result.IsOk)
            return ActivityResult.Fail(result.Message + " " + string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        context.ContentChanged = true;
        return ActivityResult.Outcome(Activities.Outcomes.Done);
    }

    /// <summary>Sets <c>Part.property</c> (a part) or <c>Field</c> (a field's value) in a content item's data.</summary>
    protected static void Set(JsonObject data, string path, string value)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            var parts = data["parts"] as JsonObject ?? (JsonObject)(data["parts"] = new JsonObject());
            var part = parts[path[..dot]] as JsonObject ?? (JsonObject)(parts[path[..dot]] = new JsonObject());
            part[path[(dot + 1)..]] = value;
        }
        else
        {
            var fields = data["fields"] as JsonObject ?? (JsonObject)(data["fields"] = new JsonObject());
            fields[path] = new JsonObject { ["value"] = value };
        }
    }
}

public sealed class PublishContentActivity : ContentActivity
{
    public override string Type => "PublishContent";

    public override string Label => "Publier un contenu";

    public override IReadOnlyList<ActivityProperty> Properties { get; } = [ItemProperty];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (await ItemIdAsync(context) is not { } id)
            return ActivityResult.Fail("Aucun contenu à publier.");
        return From(await context.Services.GetRequiredService<ContentManager>().PublishAsync(id, ContentActor.System, ct), context);
    }
}

public sealed class UnpublishContentActivity : ContentActivity
{
    public override string Type => "UnpublishContent";

    public override string Label => "Dépublier un contenu";

    public override IReadOnlyList<ActivityProperty> Properties { get; } = [ItemProperty];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken ct)
    {
        if (await ItemIdAsync(context) is not { } id)
            return ActivityResult.Fail("Aucun contenu à dépublier.");
        return From(await context.Services.GetRequiredService<ContentManager>().UnpublishAsync(id, ContentActor.System, ct), context);
    }
}

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
