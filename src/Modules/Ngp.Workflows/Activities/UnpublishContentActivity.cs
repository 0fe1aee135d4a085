using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;

namespace Ngp.Workflows.Activities;

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
