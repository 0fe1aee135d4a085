using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Items;

namespace Ngp.Workflows.Activities;

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
