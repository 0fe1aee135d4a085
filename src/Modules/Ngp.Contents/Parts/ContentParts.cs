using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Admin;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Indexing;
using Ngp.Core.Web;

namespace Ngp.Contents.Parts;

/// <summary>
/// A capability a content type can carry (a title, a body, tags…). Written once, attached to types by name;
/// each part checks and cleans what an editor or a client sends for it.
/// </summary>
public interface IContentPart
{
    string Name { get; }

    /// <summary>French name shown in the admin.</summary>
    string DisplayName { get; }

    /// <summary>
    /// Whether editors type data for this part. The admin editor has its own inputs for the engine's parts; a part
    /// from another module that carries data brings its form as an <see cref="Editors.IContentPartEditor"/>, a part
    /// without data (a capability) gets nothing.
    /// </summary>
    bool HasData => true;

    /// <summary>The part's data, cleaned; French problems are added to <paramref name="errors"/>.</summary>
    JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors);

    /// <summary>
    /// The part's data without its personal values (an e-mail address, a person), for public pages, feeds, the public
    /// API and the search index; <paramref name="data"/> is a copy the part may change. Most parts hold none.
    /// </summary>
    JsonObject WithoutPersonalData(JsonObject data) => data;

    /// <summary>Fields of the type that this part's own template shows, so the page's list of fields leaves them out.</summary>
    IReadOnlyCollection<string> DisplayedFields => [];

    /// <summary>What the part gives the search index of a published item; <paramref name="data"/> is its public data.</summary>
    void Index(JsonObject data, ContentIndexContext context)
    {
    }
}

/// <summary>Reading helpers shared by parts and fields.</summary>
internal static class JsonRead
{
    public static string? Text(JsonObject? o, string name) =>
        o?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
}

public sealed class TitlePart : IContentPart
{
    public const int MaxLength = 200;

    public string Name => "Title";

    public string DisplayName => "Titre";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var title = JsonRead.Text(input, "title") ?? "";
        if (title.Length == 0)
            errors.Add("Le titre est obligatoire.");
        else if (title.Length > MaxLength)
            errors.Add($"Le titre ne doit pas dépasser {MaxLength} caractères.");
        else if (title.Contains('\n', StringComparison.Ordinal))
            errors.Add("Le titre tient sur une ligne.");
        return new JsonObject { ["title"] = title };
    }
}

public sealed class SlugPart : IContentPart
{
    public string Name => "Slug";

    public string DisplayName => "Adresse (lien)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var slug = JsonRead.Text(input, "slug");
        if (string.IsNullOrEmpty(slug))
            return new JsonObject { ["slug"] = null };
        var clean = Slugs.Transliterate(slug);
        if (clean.Length == 0)
            errors.Add("L'adresse doit contenir au moins une lettre ou un chiffre.");
        else if (clean.Length > Slugs.MaxLength)
            errors.Add($"L'adresse ne doit pas dépasser {Slugs.MaxLength} caractères.");
        return new JsonObject { ["slug"] = clean };
    }
}

public sealed class SummaryPart : IContentPart
{
    public const int MaxLength = 500;

    public string Name => "Summary";

    public string DisplayName => "Résumé";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var text = JsonRead.Text(input, "text") ?? "";
        if (definition.Required && text.Length == 0)
            errors.Add("Le résumé est obligatoire.");
        if (text.Length > MaxLength)
            errors.Add($"Le résumé ne doit pas dépasser {MaxLength} caractères.");
        return new JsonObject { ["text"] = text };
    }

    public void Index(JsonObject data, ContentIndexContext context) => context.AddText(JsonRead.Text(data, "text"));
}

public sealed class BodyPart : IContentPart
{
    public const int MaxLength = 100_000;

    public string Name => "Body";

    public string DisplayName => "Texte (Markdown)";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var markdown = input?["markdown"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (definition.Required && string.IsNullOrWhiteSpace(markdown))
            errors.Add("Le texte est obligatoire.");
        if (markdown.Length > MaxLength)
            errors.Add($"Le texte ne doit pas dépasser {MaxLength} caractères.");
        return new JsonObject { ["markdown"] = markdown };
    }

    public void Index(JsonObject data, ContentIndexContext context) => context.AddMarkdown(JsonRead.Text(data, "markdown"));
}

/// <summary>The main image: a stored media path and its text alternative, required for screen-reader users.</summary>
public sealed class ImagePart : IContentPart
{
    public string Name => "Image";

    public string DisplayName => "Image principale";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var path = JsonRead.Text(input, "path");
        var alt = JsonRead.Text(input, "alt") ?? "";
        if (string.IsNullOrEmpty(path))
        {
            if (definition.Required)
                errors.Add("L'image est obligatoire.");
            return new JsonObject { ["path"] = null, ["alt"] = "" };
        }
        // Only images stored by the site itself: no address of another site, no script scheme.
        if (SafeUrl.MediaPath(path) is null)
            errors.Add("L'image doit être une image téléversée sur le site.");
        if (alt.Length == 0)
            errors.Add("Décrivez l'image en quelques mots (texte alternatif) pour les personnes qui ne la voient pas.");
        else if (alt.Length > 250)
            errors.Add("Le texte alternatif ne doit pas dépasser 250 caractères.");
        return new JsonObject { ["path"] = path, ["alt"] = alt };
    }
}

public sealed class TagsPart : IContentPart
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 40;

    public string Name => "Tags";

    public string DisplayName => "Mots-clés";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var raw = input?["tags"] switch
        {
            JsonArray array => array.Select(JsonRead.Text).OfType<string>(),
            JsonValue value when value.TryGetValue<string>(out var text) => text.Split(',', StringSplitOptions.TrimEntries),
            _ => [],
        };
        var tags = raw.Select(t => string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(t => t.Length > 0)
            .DistinctBy(t => t.ToLowerInvariant())
            .ToList();
        if (tags.Count > MaxTags)
            errors.Add($"{MaxTags} mots-clés au plus.");
        if (tags.Any(t => t.Length > MaxTagLength))
            errors.Add($"Un mot-clé ne dépasse pas {MaxTagLength} caractères.");
        if (definition.Required && tags.Count == 0)
            errors.Add("Indiquez au moins un mot-clé.");
        return new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray()) };
    }
}

/// <summary>Which of the landlord's four ambitions the item serves.</summary>
public sealed class AmbitionPart : IContentPart
{
    public static readonly IReadOnlyList<string> Labels =
    [
        "Partager l'information en continu, répondre au quotidien pour construire la confiance",
        "Coélaborer la décision comme mode de gouvernance",
        "S'enrichir des expériences et des expertises, capitaliser",
        "Développer une approche sociale et partenariale pour construire le vivre ensemble",
    ];

    public string Name => "Ambition";

    public string DisplayName => "Ambition";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        int? value = input?["value"] switch
        {
            JsonValue v when v.TryGetValue<int>(out var n) => n,
            JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, out var n) => n,
            _ => null,
        };
        if (value is null && definition.Required)
            errors.Add("Choisissez l'ambition (1 à 4).");
        if (value is not null and (< 1 or > 4))
            errors.Add("L'ambition est un nombre de 1 à 4.");
        return new JsonObject { ["value"] = value };
    }
}

/// <summary>
/// Scheduled publishing: the date and time the editor asked for (the item stays unseen until then), and the rule of
/// when a publication may be scheduled, which the API and the admin editor both apply.
/// </summary>
public sealed class PublishLaterPart : IContentPart
{
    /// <summary>Two years: room for any plan, and a year 9999 typed by mistake is caught.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(2 * 365);

    public string Name => "PublishLater";

    public string DisplayName => "Publication programmée";

    /// <summary>Why <paramref name="at"/> cannot be the publication time, in French; null when it can.</summary>
    public static string? Refusal(DateTimeOffset at, DateTimeOffset now) =>
        at <= now ? "La date de publication programmée doit être dans le futur."
        : at > now + MaxAhead ? $"La date de publication programmée est au plus deux ans à l'avance, au plus tard le {ParisTime.Date(now + MaxAhead)}."
        : null;

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors)
    {
        var text = JsonRead.Text(input, "scheduledUtc");
        if (string.IsNullOrEmpty(text))
        {
            if (input?["scheduledUtc"] is not null && text is null)
                errors.Add("La publication programmée doit être une date et une heure.");
            return new JsonObject { ["scheduledUtc"] = null };
        }
        if (!DateTimes.TryParseParis(text, out var at) || !ContentDates.Contains(at))
        {
            errors.Add(ContentDates.OutOfRange(DisplayName));
            return new JsonObject { ["scheduledUtc"] = null };
        }
        return new JsonObject { ["scheduledUtc"] = at.ToString("O", CultureInfo.InvariantCulture) };
    }
}

/// <summary>Approval before publishing: holds the reviewer's comment when an item is sent back.</summary>
public sealed class ApprovalPart : IContentPart
{
    public string Name => "Approval";

    public string DisplayName => "Validation avant publication";

    public JsonObject Normalize(JsonObject? input, ContentPartDefinition definition, ICollection<string> errors) =>
        new() { ["comment"] = JsonRead.Text(input, "comment") };
}

public sealed class ContentPartCatalog(IEnumerable<IContentPart> parts)
{
    public IReadOnlyList<IContentPart> All { get; } = parts.ToList();

    public IContentPart? Find(string? name) => All.FirstOrDefault(p => p.Name == name);
}
