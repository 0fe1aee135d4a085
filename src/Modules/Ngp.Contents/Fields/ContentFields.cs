using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

/// <summary>A kind of field an administrator can add to a type; it checks and cleans a submitted value.</summary>
public interface IContentFieldType
{
    string Type { get; }

    /// <summary>French name shown in the content types admin.</summary>
    string DisplayName { get; }

    /// <summary>The cleaned value (null when empty); French problems are added to <paramref name="errors"/>.</summary>
    JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors);

    /// <summary>Whether a field of this kind holds personal data unless its definition says otherwise (<see cref="ContentFieldDefinition.Private"/>).</summary>
    bool PrivateByDefault => false;

    /// <summary>What a public value of a field of this kind gives the search index (text by default: nothing).</summary>
    void Index(FieldView field, ContentIndexContext context)
    {
    }
}

public sealed class ContentFieldCatalog(IEnumerable<IContentFieldType> types)
{
    public IReadOnlyList<IContentFieldType> All { get; } = types.ToList();

    public IContentFieldType? Find(string? type) => All.FirstOrDefault(t => t.Type == type);
}

/// <summary>Text fields share their rules; only the default length and the line rule differ.</summary>
public abstract class TextFieldBase(string type, string displayName, int defaultMaxLength, bool singleLine) : IContentFieldType
{
    public string Type => type;

    public string DisplayName => displayName;

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Replace("\r\n", "\n", StringComparison.Ordinal) : value is null ? "" : value.ToString();
        text = singleLine ? text.Trim() : text.TrimEnd();
        var max = field.MaxLength ?? defaultMaxLength;
        if (text.Length == 0)

            return FieldRules.Empty(field, errors);
        if (singleLine && text.Contains('\n', StringComparison.Ordinal))
            errors.Add($"« {field.DisplayName} » tient sur une ligne.");
        if (text.Length > max)
            errors.Add($"« {field.DisplayName} » ne doit pas dépasser {max} caractères.");
        return text;
    }

    public virtual void Index(FieldView field, ContentIndexContext context) => context.AddText(field.Text);
}

public sealed class TextField() : TextFieldBase("Text", "Texte court", 200, singleLine: true);

public sealed class LongTextField() : TextFieldBase("LongText", "Texte long", 5_000, singleLine: false);

public sealed class MarkdownField() : TextFieldBase("Markdown", "Texte mis en forme (Markdown)", 50_000, singleLine: false)
{
    public override void Index(FieldView field, ContentIndexContext context) => context.AddMarkdown(field.Text);
}

/// <summary>A number within the field's declared <c>min</c> and <c>max</c>, or within Int32 when it declares none.</summary>
public sealed class NumberField : IContentFieldType
{
    public string Type => "Number";

    public string DisplayName => "Nombre";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        decimal min = field.Min ?? int.MinValue, max = field.Max ?? int.MaxValue;
        if (!ContentNumbers.TryRead(value, out var number) || number < min || number > max)
        {
            errors.Add(ContentNumbers.OutOfRange(field.DisplayName, min, max));
            return null;
        }
        if (number is null)
            return FieldRules.Empty(field, errors);
        return JsonValue.Create(number.Value);
    }
}

public sealed class BooleanField : IContentFieldType
{
    public string Type => "Boolean";

    public string DisplayName => "Case à cocher (oui / non)";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors) => value switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s is "true" or "on" or "1",
        _ => false,
    };
}

public sealed class DateField : IContentFieldType
{
    public string Type => "Date";

    public string DisplayName => "Date";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = JsonRead.Text(value);
        if (string.IsNullOrEmpty(text))

            return FieldRules.Empty(field, errors);
        return ContentDates.ReadDay(text, field.DisplayName, errors)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

public sealed class DateTimeField : IContentFieldType
{
    public string Type => "DateTime";

    public string DisplayName => "Date et heure";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = JsonRead.Text(value);
        if (string.IsNullOrEmpty(text))

            return FieldRules.Empty(field, errors);
        if (!DateTimes.TryParseParis(text, out var instant))
        {
            errors.Add($"« {field.DisplayName} » doit être une date et une heure.");
            return null;
        }
        if (!ContentDates.Contains(instant))
        {
            errors.Add(ContentDates.OutOfRange(field.DisplayName));
            return null;
        }
        return instant.ToString("O", CultureInfo.InvariantCulture);
    }
}

public sealed class ChoiceField : IContentFieldType
{
    public string Type => "Choice";

    public string DisplayName => "Choix dans une liste";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var chosen = value switch
        {
            JsonArray array => array.Select(JsonRead.Text).OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
            JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().Length > 0 => [s.Trim()],
            _ => [],
        };
        if (chosen.Count == 0)
        {
            if (field.Required)
                errors.Add($"Choisissez une valeur pour « {field.DisplayName} ».");
            return null;
        }
        var unknown = chosen.Where(c => !field.Choices.Contains(c)).ToList();
        if (unknown.Count > 0)
            errors.Add($"« {string.Join(", ", unknown)} » ne fait pas partie des choix de « {field.DisplayName} ».");
        if (!field.Multiple && chosen.Count > 1)
            errors.Add($"Un seul choix pour « {field.DisplayName} ».");
        return field.Multiple ? new JsonArray(chosen.Select(c => (JsonNode)c).ToArray()) : chosen[0];
    }

    public void Index(FieldView field, ContentIndexContext context) => context.AddText(string.Join(", ", field.Values));
}

/// <summary>A link to a web page or an e-mail address (<see cref="SafeUrl"/>), so no <c>javascript:</c> link can be stored.</summary>
public sealed class LinkField : IContentFieldType
{
    public string Type => "Link";

    public string DisplayName => "Lien";

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var (url, text) = value switch
        {
            JsonObject o => (JsonRead.Text(o, "url"), JsonRead.Text(o, "text")),
            _ => (JsonRead.Text(value), null),
        };
        if (string.IsNullOrEmpty(url))

            return FieldRules.Empty(field, errors);
        if (SafeUrl.WebOrMail(url) is not { } safe)
        {
            errors.Add(SafeUrl.Refusal(field.DisplayName, mailAllowed: true));
            return null;
        }
        if (text?.Length > 200)
            errors.Add($"« {field.DisplayName} » est trop long.");
        return new JsonObject { ["url"] = safe, ["text"] = string.IsNullOrEmpty(text) ? null : text };
    }
}

/// <summary>Identifier(s) of other items or users; the ids are checked for shape here, their existence when displayed.</summary>
public abstract class PickerFieldBase(string type, string displayName) : IContentFieldType
{
    public string Type => type;

    public string DisplayName => displayName;

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var ids = value switch
        {
            JsonArray array => array.Select(JsonRead.Text).OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
            JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().Length > 0 => s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            _ => [],
        };
        if (ids.Count == 0)

            return FieldRules.Empty(field, errors);
        if (ids.Any(id => id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            errors.Add($"« {field.DisplayName} » contient un identifiant invalide.");
        if (!field.Multiple && ids.Count > 1)
            errors.Add($"Un seul élément pour « {field.DisplayName} ».");
        return new JsonArray(ids.Select(i => (JsonNode)i).ToArray());
    }
}

public sealed class ContentPickerField() : PickerFieldBase("ContentPicker", "Lien vers un autre contenu");

public sealed class UserPickerField() : PickerFieldBase("UserPicker", "Personne (compte)")
{
    public bool PrivateByDefault => true;
}

public sealed class EmailField : IContentFieldType
{
    public string Type => "Email";

    public string DisplayName => "Adresse e-mail";

    public bool PrivateByDefault => true;

    public JsonNode? Normalize(JsonNode? value, ContentFieldDefinition field, ICollection<string> errors)
    {
        var text = JsonRead.Text(value);
        if (string.IsNullOrEmpty(text))

            return FieldRules.Empty(field, errors);
        if (text.Length > 254 || !MailAddress.TryCreate(text, out var address) || address.Address != text)
        {
            errors.Add($"« {field.DisplayName} » doit être une adresse e-mail valide.");
            return null;
        }
        return text;
    }
}

/// <summary>The rule every kind of field shares: an empty value is fine unless the field is required.</summary>
public static class FieldRules
{
    public static JsonNode? Empty(ContentFieldDefinition field, ICollection<string> errors)
    {
        if (field.Required)
            errors.Add($"« {field.DisplayName} » est obligatoire.");
        return null;
    }
}

/// <summary>Dates typed in forms are Paris local time; stored and exchanged in UTC.</summary>
public static class DateTimes
{
    /// <summary>Reads an ISO date-time; without an offset it is taken as Paris time.</summary>
    public static bool TryParseParis(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && (text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > 9))
        {
            instant = parsed.ToUniversalTime();
            return true;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // At the ends of the calendar Paris's offset would push the instant out of range; such a date is refused later anyway.
            if (local.Year is <= 1 or >= 9999)
            {
                instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
                return true;
            }
            instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ParisTime.Zone.GetUtcOffset(local)).ToUniversalTime();
            return true;
        }
        return false;
    }
}
