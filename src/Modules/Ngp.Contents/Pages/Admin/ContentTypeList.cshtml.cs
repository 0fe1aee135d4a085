using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Pages.Admin;

[Authorize(Policy = "permission:ManageContentTypes")]
public sealed class ContentTypeListModel(ContentDefinitionStore definitions, ContentPartCatalog parts, ContentFieldCatalog fields) : PageModel
{
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public string PartName(string name) => parts.Find(name)?.DisplayName ?? name;

    public string FieldTypeName(string type) => fields.Find(type)?.DisplayName ?? type;

    public async Task OnGetAsync(CancellationToken ct) => Types = await definitions.ListAsync(ct);
}
