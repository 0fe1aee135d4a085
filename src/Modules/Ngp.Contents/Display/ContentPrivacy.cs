using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;
using Ngp.Contents.Parts;

namespace Ngp.Contents.Display;

/// <summary>
/// The one rule of what the public may read of an item: every public page, feed, the public API and the search
/// index go through <see cref="View"/> or <see cref="PublicCopy"/>, which leave out private fields
/// (<see cref="IsPrivate"/>) and the personal values of each part (<see cref="IContentPart.WithoutPersonalData"/>).
/// Editors read items whole, in the admin and in the API with EditContent.
/// </summary>
public sealed class ContentPrivacy(ContentFieldCatalog fields, ContentPartCatalog parts, IEnumerable<PersonalDataField> declared)
{
    private readonly HashSet<string> _declared = declared.Select(d => d.Field).ToHashSet(StringComparer.Ordinal);

    /// <summary>Private when a module declares it personal, else as its definition says, else as its kind is.</summary>
    public bool IsPrivate(ContentFieldDefinition field) =>
        _declared.Contains(field.Name) || (field.Private ?? fields.Find(field.Type)?.PrivateByDefault ?? false);

    /// <summary>What a public template reads of a published item.</summary>
    public ContentView View(ContentTypeDefinition type, ContentItemVersion version) => ContentViews.From(type, PublicCopy(type, version));

    /// <summary>A detached copy of the version whose data holds only what the public may read: its type's public fields, its parts without personal values.</summary>
    public ContentItemVersion PublicCopy(ContentTypeDefinition type, ContentItemVersion version)
    {
        var data = ContentQuery.Data(version);
        if (data["fields"] is JsonObject values)
        {
            var shown = type.Fields.Where(f => !IsPrivate(f)).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var name in values.Select(v => v.Key).Where(name => !shown.Contains(name)).ToList())
                values.Remove(name);
        }
        if (data["parts"] is JsonObject partValues)
        {
            foreach (var (name, value) in partValues.ToList())
            {
                if (value is not JsonObject part || parts.Find(name) is not { } kind)
                    continue;
                var cleaned = kind.WithoutPersonalData(part);
                if (!ReferenceEquals(cleaned, part))
                    partValues[name] = cleaned;
            }
        }
        return new ContentItemVersion
        {
            Id = version.Id,
            ContentItemId = version.ContentItemId,
            Number = version.Number,
            ContentType = version.ContentType,
            Status = version.Status,
            Latest = version.Latest,
            Published = version.Published,
            DisplayText = version.DisplayText,
            Slug = version.Slug,
            Ambition = version.Ambition,
            OwnerId = version.OwnerId,
            AuthorId = version.AuthorId,
            CreatedUtc = version.CreatedUtc,
            ModifiedUtc = version.ModifiedUtc,
            PublishedUtc = version.PublishedUtc,
            ScheduledUtc = version.ScheduledUtc,
            Data = data.ToJsonString(),
            Tags = version.Tags,
        };
    }
}
