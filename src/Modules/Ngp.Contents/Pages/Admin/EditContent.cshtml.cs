using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ngp.Contents.Admin;
using Ngp.Contents.Api;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Contents.Rendering;
using Ngp.Core.Settings;
using Ngp.Media;

namespace Ngp.Contents.Pages.Admin;

[Authorize(Policy = "permission:EditContent")]
public sealed class EditContentModel(
    ContentDefinitionStore definitions, ContentManager manager, ContentActorFactory actors, ISiteSettingsStore settings,
    ContentValidator validator, MarkdownRenderer markdown, TimeProvider clock, IMediaStore media, IAuthorizationService authorization, ContentQuery query, ContentEditorServices editing,
    ShortLinks.ShortLinkStore shortLinks, IEnumerable<IContentAdminAction> adminActions)
    : ContentEditorPageModel(definitions, manager, actors, settings, validator, markdown, clock, media, authorization, editing)
{
    /// <summary>The public address of the published version, relative to the agency.</summary>
    public string? PublicUrl { get; private set; }

    /// <summary>The short address of the published version (<c>https://site/agence/a/3KX9</c>), for posters and messages.</summary>
    public string? ShortUrl { get; private set; }

    /// <summary>What other modules offer for this item (« Imprimer l'affiche »).</summary>
    public IReadOnlyList<ContentAdminLink> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        FillFrom(Item!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? await SaveAsync(id, ct) : NotFound();

    public async Task<IActionResult> OnPostUnpublishAsync(string id, [FromServices] ContentActorFactory actors, CancellationToken ct)
    {
        var result = await Manager.UnpublishAsync(id, await actors.CurrentAsync(), ct);
        if (result.Status == Ngp.Core.Results.ResultStatus.NotFound)
            return NotFound();
        if (result.IsOk)
            Message = "Le contenu est dépublié : il n'est plus visible du public.";
        else
            ErrorMessage = result.Message;
        return RedirectToPage("/Admin/EditContent", new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Item = await query.LatestAsync(id, ct);
        if (Item is null || !await LoadTypeAsync(Item.ContentType, ct))
            return false;
        var published = Item.Published ? Item : await query.PublishedAsync(id, ct);
        HasPublishedVersion = published is not null;
        if (published is not null)
            PublicUrl = await query.RelativeUrlAsync(published, ct);
        if (PublicUrl is not null)
            ShortUrl = await shortLinks.AddressAsync(published!, ct);
        Actions = adminActions.Select(a => a.For(Item, published)).OfType<ContentAdminLink>().ToList();
        // The reviewer's comment of the latest version, kept when the form is saved again.
        var data = ContentQuery.Data(Item);
        ReviewerComment = Item.Status == ContentStatus.Draft ? data["parts"]?["Approval"]?["comment"]?.GetValue<string>() : null;
        return true;
    }
}
