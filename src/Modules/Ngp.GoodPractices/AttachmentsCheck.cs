using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Web;

namespace Ngp.GoodPractices;

/// <summary>
/// A record's attachments, one a line, are web addresses (https://…) or images of the site (media/…): nothing else is
/// saved, so the record's page never links to anything else.
/// </summary>
public sealed class AttachmentsCheck : IContentCheck
{
    public const string FieldName = "Attachments";

    public Task CheckAsync(ContentTypeDefinition type, string id, JsonObject data, IDictionary<string, string[]> errors, CancellationToken ct)
    {
        var key = "fields." + FieldName;
        if (type.Name != GoodPracticesModule.TypeName || errors.ContainsKey(key) || type.Fields.FirstOrDefault(f => f.Name == FieldName) is not { } field)
            return Task.CompletedTask;
        var text = data["fields"]?[FieldName]?["value"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (Lines(text).FirstOrDefault(line => SafeUrl.Web(line) is null && SafeUrl.MediaPath(line) is null) is { } wrong)
            errors[key] = [$"« {field.DisplayName} » : « {wrong} » n'est ni une adresse web (https://…) ni une image du site (media/…)."];
        return Task.CompletedTask;
    }

    /// <summary>The attachments as written, one a line.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
