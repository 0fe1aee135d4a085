using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Contents.Api;
using Ngp.Contents.Definitions;
using Ngp.Contents.Editors;
using Ngp.Contents.Items;
using Ngp.Contents.Parts;
using Ngp.Contents.Rendering;
using Ngp.Core.Results;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.Media;

namespace Ngp.Contents.Admin;

/// <summary>
/// The editor of an item, generated from its type: the new-item page and the item page share it. Every button posts
/// the whole form, so nothing typed is lost when a rule refuses it; the buttons say what happens after saving.
/// The buttons inside the form that add, move or remove an item, or search for a content to link
/// (<see cref="EditorCommand"/>), post it too and come back with the change made and nothing saved.
/// </summary>
public abstract class ContentEditorPageModel(
    ContentDefinitionStore definitions,
    ContentManager manager,
    ContentActorFactory actors,
    ISiteSettingsStore settings,
    ContentValidator validator,
    MarkdownRenderer markdown,
    TimeProvider clock,
    IMediaStore media,
    IAuthorizationService authorization,
    ContentEditorServices editing) : PageModel
{
    /// <summary>Results of a content picker's search, listed under it until one is chosen.</summary>
    public const int PickerResultCount = 10;

    private bool _typeLoaded;

    public ContentTypeDefinition Type { get; private set; } = null!;

    /// <summary>The latest version, null for a new item.</summary>
    public ContentItemVersion? Item { get; protected set; }

    public bool HasPublishedVersion { get; protected set; }

    public ContentForm Form { get; private set; } = new();

    public ContentPreview? Preview { get; private set; }

    /// <summary>What the reviewer asked to change, shown to the editor until the item is submitted again.</summary>
    public string? ReviewerComment { get; protected set; }

    public bool CanPublishNow { get; private set; }

    public bool CanUnpublish { get; private set; }

    /// <summary>Where the keyboard goes after an editor button changed the form.</summary>
    public EditorFocus? Focus { get; private set; }

    /// <summary>What a content picker's search found, by the picker's input name.</summary>
    public Dictionary<string, IReadOnlyList<PickerChoice>> PickerResults { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a picker's search found more than it lists, by the picker's input name.</summary>
    public Dictionary<string, bool> PickerHasMore { get; } = new(StringComparer.Ordinal);

    /// <summary>The titles of the items the pickers hold, by id.</summary>
    public Dictionary<string, PickerChoice> Picked { get; } = new(StringComparer.Ordinal);

    public string PartDisplayName(string name) => editing.Parts.Find(name)?.DisplayName ?? name;

    /// <summary>Whether a part of another module carries data but has no editor: the form then says its data are kept.</summary>
    public bool HasDataWithoutEditor(string name) => editing.Editors.Find(name) is null && editing.Parts.Find(name) is { HasData: true };

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? ErrorMessage { get; set; }

    protected ContentManager Manager => manager;

    protected async Task<bool> LoadTypeAsync(string? typeName, CancellationToken ct)
    {
        var type = await definitions.FindAsync(typeName, ct);
        if (type is null)
            return false;
        Type = type;
        _typeLoaded = true;
        // A new item starts from the parts' own empty forms (a consultation's first question, say).
        Form = ContentForm.From(type, [], editing.Editors);
        var actor = await actors.CurrentAsync();
        var requireApproval = (await settings.GetAsync(ct)).RequireApproval;
        CanPublishNow = actor.CanPublish && (!requireApproval || actor.CanApprove);
        CanUnpublish = actor.CanPublish;
        return true;
    }

    protected void FillFrom(ContentItemVersion version)
    {
        var data = ContentQuery.Data(version);
        Form = ContentForm.From(Type, data, editing.Editors);
        ReviewerComment = version.Status == ContentStatus.Draft ? (data["parts"]?["Approval"]?["comment"] as JsonValue)?.GetValue<string>() : null;
    }

    /// <summary>The editor's buttons: <c>action</c> = save, preview, publish, submit or schedule.</summary>
    protected async Task<IActionResult> SaveAsync(string? id, CancellationToken ct)
    {
        var action = Request.Form["action"].ToString();
        var posted = Request.Form.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var command = EditorCommand.Parse(Request.Form[EditorCommand.FieldName]);
        if (command is { IsListOperation: true })
            Focus = command.Apply(posted);
        Form = ContentForm.Read(posted, Type, editing.Editors);
        var formErrors = new Dictionary<string, string[]>();
        if (Type.HasPart("Image"))
            await UploadImageAsync(formErrors, ct);
        if (command is not null)
        {
            if (!command.IsListOperation)
                await PickAsync(command, id, ct);
            foreach (var error in formErrors)
                ModelState.AddModelError(error.Key, string.Join(" ", error.Value));
            return Page();
        }
        // The reviewer's comment stays with the drafts until the item is submitted again.
        var input = Form.ToInput(Type, action == "submit" ? null : ReviewerComment, formErrors, Item is null ? null : ContentQuery.Data(Item));

        if (action == "preview")
        {
            var (data, errors) = validator.Normalize(Type, input);
            foreach (var error in formErrors)
                errors[error.Key] = error.Value;
            if (errors.Count > 0)
                return Invalid(Result.Invalid("L'aperçu n'est pas possible : corrigez les champs signalés.", errors));
            Preview = BuildPreview(data);
            return Page();
        }

        DateTimeOffset? scheduleAt = null;
        if (action == "schedule")
        {
            scheduleAt = Form.PublishLater(formErrors);
            if (scheduleAt is null && !formErrors.ContainsKey(ContentForm.PublishLaterKey))
                formErrors[ContentForm.PublishLaterKey] = ["Indiquez la date et l'heure de publication."];
            else if (scheduleAt is { } at && PublishLaterPart.Refusal(at, clock.GetUtcNow()) is { } refusal)
                formErrors[ContentForm.PublishLaterKey] = [refusal];
        }
        if (formErrors.Count > 0)
            return Invalid(Result.Invalid("Le contenu n'a pas été enregistré : corrigez les champs signalés.", formErrors));

        var actor = await actors.CurrentAsync();
        var saved = id is null ? await manager.CreateAsync(input, actor, ct) : await manager.UpdateAsync(id, input, actor, ct);
        if (!saved.IsOk)
            return Invalid(saved);
        id = saved.Value.ContentItemId;

        Result<ContentItemVersion> done = action switch
        {
            "publish" => await manager.PublishAsync(id, actor, ct),
            "submit" => await manager.SubmitAsync(id, actor, ct),
            "schedule" => await manager.ScheduleAsync(id, scheduleAt!.Value, actor, ct),
            _ => saved,
        };
        if (done.IsOk)
        {
            Message = action switch
            {
                "publish" => "Le contenu est publié.",
                "submit" => "Le contenu est enregistré et soumis à validation : un administrateur va le relire.",
                "schedule" => $"Le contenu est programmé : il sera publié le {ParisTime.DateAndTime(scheduleAt!.Value, ParisTime.French)}.",
                _ => "Le brouillon est enregistré.",
            };
        }
        else
        {
            ErrorMessage = "Le brouillon est enregistré, mais : " + done.Message;
        }
        return RedirectToPage("/Admin/EditContent", new { id });
    }

    /// <summary>The buttons of a content picker: search by title, choose a result, take a chosen item away.</summary>
    private async Task PickAsync(EditorCommand command, string? id, CancellationToken ct)
    {
        var field = Type.Fields.FirstOrDefault(f => f.Type == "ContentPicker" && ContentForm.FieldName(f) == command.Path);
        if (field is null)
            return;
        var name = command.Path;
        var chosen = Form.Values(name).Where(v => v.Length > 0).ToList();
        switch (command.Operation)
        {
            case PickerOperations.Search:
                var page = await editing.Query.ListAsync(new ContentFilter { Type = field.PickedType, AllLatest = true, Text = Form.Value(ContentForm.SearchName(field)), PageSize = PickerResultCount + 1 }, ct);
                var types = await TypeNamesAsync(ct);
                var found = page.Items.Where(v => v.ContentItemId != id).ToList();
                PickerResults[name] = found.Take(PickerResultCount).Select(v => Choice(v, types)).ToList();
                PickerHasMore[name] = found.Count > PickerResultCount;
                Focus = new EditorFocus(ContentForm.SearchName(field), null);
                break;
            case PickerOperations.Pick:
                if (await editing.Query.LatestAsync(command.Argument, ct) is { } item && (field.PickedType is null || item.ContentType == field.PickedType) && item.ContentItemId != id)
                    Form.Set(name, field.Multiple ? [.. chosen.Where(c => c != item.ContentItemId), item.ContentItemId] : [item.ContentItemId]);
                Focus = new EditorFocus(null, EditorCommand.Value(name, PickerOperations.Unpick, command.Argument));
                break;
            case PickerOperations.Unpick:
                Form.Set(name, chosen.Where(c => c != command.Argument).ToArray());
                Focus = new EditorFocus(ContentForm.SearchName(field), null);
                break;
        }
    }

    private static PickerChoice Choice(ContentItemVersion version, IReadOnlyDictionary<string, string> typeNames) =>
        new(version.ContentItemId, version.DisplayText, typeNames.GetValueOrDefault(version.ContentType, version.ContentType), ContentLabels.Status(version.Status));

    private async Task<Dictionary<string, string>> TypeNamesAsync(CancellationToken ct) =>
        (await editing.Definitions.ListAsync(ct)).ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);

    /// <summary>Every rendering of the editor shows the titles of the items its pickers hold, never their bare ids.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is not PageResult || executed.Exception is not null || !_typeLoaded)
            return;
        var pickers = Type.Fields.Where(f => f.Type == "ContentPicker").ToList();
        if (pickers.Count == 0)
            return;
        var types = await TypeNamesAsync(HttpContext.RequestAborted);
        foreach (var field in pickers)
        {
            foreach (var picked in Form.Values(ContentForm.FieldName(field)).Where(v => v.Length > 0 && !Picked.ContainsKey(v)))
            {
                var item = await editing.Query.LatestAsync(picked, HttpContext.RequestAborted);
                Picked[picked] = item is null ? new PickerChoice(picked, "Contenu introuvable (supprimé ?)", "", "") : Choice(item, types);
            }
        }
    }

    /// <summary>
    /// An image chosen in the form is stored at once, whatever the button: its path replaces the previous one in the form,
    /// so a later refusal (a missing title, say) does not ask for the file again.
    /// </summary>
    private async Task UploadImageAsync(Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (Request.Form["parts.Image.remove"] == "true")
            Form.Set("parts.Image.path", "");
        var file = Request.Form.Files.GetFile("parts.Image.file");
        if (file is null || file.Length == 0)
            return;
        if (!(await authorization.AuthorizeAsync(User, "permission:UploadMedia")).Succeeded)
        {
            errors["parts.Image"] = ["Vous n'avez pas la permission de téléverser des images."];
            return;
        }
        await using var content = file.OpenReadStream();
        var stored = await media.SaveImageAsync(content, file.FileName, ct);
        if (!stored.IsOk)
        {
            errors["parts.Image"] = stored.Errors.SelectMany(e => e.Value).DefaultIfEmpty(stored.Message!).Distinct().ToArray();
            return;
        }
        // The 960-pixel copy suits a news page; a smaller image has no variant and is kept as it is.
        var image = stored.Value;
        var url = image.Variants.FirstOrDefault(v => v.Width == 960)?.Url ?? image.Variants.LastOrDefault()?.Url ?? image.Url;
        var start = url.IndexOf("/media/", StringComparison.Ordinal);
        Form.Set("parts.Image.path", start < 0 ? url.TrimStart('/') : url[(start + 1)..]);
    }

    private PageResult Invalid(Result result)
    {
        if (result.Errors.Count == 0)
            ModelState.AddModelError(string.Empty, result.Message ?? "Le contenu n'a pas été enregistré.");
        foreach (var (key, messages) in result.Errors)
        {
            foreach (var message in messages)
                ModelState.AddModelError(key, message);
        }
        return Page();
    }

    private ContentPreview BuildPreview(JsonObject data)
    {
        var parts = data["parts"] as JsonObject;
        string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        var ambition = parts?["Ambition"]?["value"] is JsonValue a && a.TryGetValue<int>(out var n) ? $"Ambition {n} : {AmbitionPart.Labels[n - 1]}" : null;
        var fields = new List<(string, string)>();
        foreach (var field in Type.Fields)
        {
            var value = (data["fields"]?[field.Name] as JsonObject)?["value"];
            var text = value switch
            {
                null => null,
                JsonArray array => string.Join(", ", array.Select(x => x?.ToString())),
                JsonObject link => Text(link["text"]) is { } t ? $"{t} ({link["url"]})" : link["url"]?.ToString(),
                JsonValue v when v.TryGetValue<bool>(out var b) => b ? "Oui" : "Non",
                _ => value.ToString(),
            };
            if (!string.IsNullOrEmpty(text))
                fields.Add((field.DisplayName, text));
        }
        return new ContentPreview(
            Text(parts?["Title"]?["title"]) ?? Type.DisplayName,
            Text(parts?["Summary"]?["text"]),
            markdown.ToHtml(Text(parts?["Body"]?["markdown"])),
            (parts?["Tags"]?["tags"] as JsonArray ?? []).Select(t => t!.ToString()).ToList(),
            ambition,
            Text(parts?["Image"]?["path"]),
            Text(parts?["Image"]?["alt"]),
            fields);
    }
}
