using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Results;

namespace Ngp.Contents.Pages.Admin;

/// <summary>One type: its parts, its fields (add, reorder, remove with confirmation) and its export as a recipe step.</summary>
[Authorize(Policy = "permission:ManageContentTypes")]
public sealed class EditContentTypeModel(ContentDefinitionStore definitions, ContentPartCatalog parts, ContentFieldCatalog fields, ContentPrivacy privacy) : PageModel
{
    private static readonly JsonSerializerOptions ExportJson = new(ContentDefinitionStore.Json)
    {
        WriteIndented = true,
        // A file for people to read and keep in a recipe: French letters stay letters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public ContentTypeDefinition Type { get; private set; } = null!;

    public IReadOnlyList<IContentFieldType> FieldTypes => fields.All;

    /// <summary>The field whose removal waits for confirmation (<c>?supprimer=Name</c>).</summary>
    public ContentFieldDefinition? ToRemove { get; private set; }

    [BindProperty]
    public AddFieldInput Field { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public string PartName(string name) => parts.Find(name)?.DisplayName ?? name;

    public string FieldTypeName(string type) => fields.Find(type)?.DisplayName ?? type;

    public bool IsPrivate(ContentFieldDefinition field) => privacy.IsPrivate(field);

    public async Task<IActionResult> OnGetAsync(string name, string? supprimer, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct))
            return NotFound();
        ToRemove = Type.Fields.FirstOrDefault(f => f.Name == supprimer);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string name, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct))
            return NotFound();
        var step = new JsonObject
        {
            ["name"] = "contentDefinitions",
            ["types"] = new JsonArray(JsonSerializer.SerializeToNode(Type, ContentDefinitionStore.Json)),
        };
        return File(Encoding.UTF8.GetBytes(step.ToJsonString(ExportJson)), "application/json", $"type-{Type.Name}.recipe-step.json");
    }

    public async Task<IActionResult> OnPostAddAsync(string name, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct))
            return NotFound();
        var technical = string.IsNullOrWhiteSpace(Field.Name) ? TechnicalName(Field.DisplayName ?? "") : Field.Name.Trim();
        if (ModelState.IsValid && Type.Fields.Any(f => f.Name == technical))
            ModelState.AddModelError("Field.Name", $"Le type a déjà un champ « {technical} » : choisissez un autre nom technique.");
        if (ModelState.IsValid && Type.Parts.Any(p => p.Name == technical))
            ModelState.AddModelError("Field.Name", $"« {technical} » est le nom d'une partie du type : choisissez un autre nom technique.");
        if (!ModelState.IsValid)
            return Page();
        var field = new ContentFieldDefinition
        {
            Name = technical,
            DisplayName = Field.DisplayName!.Trim(),
            Type = Field.Type ?? "",
            Required = Field.Required,
            MaxLength = Field.MaxLength,
            Min = Field.Min,
            Max = Field.Max,
            Choices = (Field.Choices ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList(),
            Multiple = Field.Multiple,
            Hint = string.IsNullOrWhiteSpace(Field.Hint) ? null : Field.Hint.Trim(),
            Private = Field.Private ? true : null,
        };
        var saved = await definitions.SaveAsync(Type with { Fields = [.. Type.Fields, field] }, ct);
        if (!saved.IsOk)
            return Refused(saved);
        Message = $"Le champ « {field.DisplayName} » ({field.Name}) est ajouté : il apparaît dans le formulaire de rédaction.";
        return RedirectToPage(new { name });
    }

    public async Task<IActionResult> OnPostMoveAsync(string name, string field, string direction, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct))
            return NotFound();
        var list = Type.Fields.ToList();
        var index = list.FindIndex(f => f.Name == field);
        var target = direction == "up" ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= list.Count)
            return RedirectToPage(new { name });
        (list[index], list[target]) = (list[target], list[index]);
        var saved = await definitions.SaveAsync(Type with { Fields = list }, ct);
        if (!saved.IsOk)
            return Refused(saved);
        Message = $"Le champ « {list[target].DisplayName} » est déplacé {(direction == "up" ? "vers le haut" : "vers le bas")}.";
        return RedirectToPage(new { name });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string name, string field, CancellationToken ct)
    {
        if (!await LoadAsync(name, ct))
            return NotFound();
        var removed = Type.Fields.FirstOrDefault(f => f.Name == field);
        if (removed is null)
            return RedirectToPage(new { name });
        var saved = await definitions.SaveAsync(Type with { Fields = Type.Fields.Where(f => f.Name != field).ToList() }, ct);
        if (!saved.IsOk)
            return Refused(saved);
        Message = $"Le champ « {removed.DisplayName} » est retiré du type. Les valeurs déjà enregistrées restent dans l'historique des contenus.";
        return RedirectToPage(new { name });
    }

    /// <summary>« Bailleur partenaire » → <c>BailleurPartenaire</c>.</summary>
    public static string TechnicalName(string displayName)
    {
        var words = Slugs.Transliterate(displayName).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        if (name.Length == 0 || char.IsDigit(name[0]))
            name = "Champ" + name;
        return name.Length > 50 ? name[..50] : name;
    }

    private PageResult Refused(Result result)
    {
        ModelState.AddModelError(string.Empty, result.Message ?? "Le type n'a pas été enregistré.");
        foreach (var message in result.Errors.SelectMany(e => e.Value))
            ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private async Task<bool> LoadAsync(string name, CancellationToken ct)
    {
        var type = await definitions.FindAsync(name, ct);
        if (type is null)
            return false;
        Type = type;
        return true;
    }
}
