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
public sealed class NewContentModel(
    ContentDefinitionStore definitions, ContentManager manager, ContentActorFactory actors, ISiteSettingsStore settings,
    ContentValidator validator, MarkdownRenderer markdown, TimeProvider clock, IMediaStore media, IAuthorizationService authorization, ContentEditorServices editing)
    : ContentEditorPageModel(definitions, manager, actors, settings, validator, markdown, clock, media, authorization, editing)
{
    public async Task<IActionResult> OnGetAsync(string type, CancellationToken ct) =>
        await LoadTypeAsync(type, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string type, CancellationToken ct) =>
        await LoadTypeAsync(type, ct) ? await SaveAsync(null, ct) : NotFound();
}
