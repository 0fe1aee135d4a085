using System.Text.Json.Serialization;

namespace Ngp.Contents.Definitions;

/// <summary>A content type: the parts it is made of and its own fields, as a recipe or the admin defines it.</summary>
public sealed record ContentTypeDefinition
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    /// <summary>First segment of the public address of the type's items (<c>actualites</c> → <c>/actualites/{slug}</c>); none when the type has no public page.</summary>
    public string? RoutePrefix { get; init; }

    public IReadOnlyList<ContentPartDefinition> Parts { get; init; } = [];

    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    public bool HasPart(string name) => Parts.Any(p => p.Name == name);
}

public sealed record ContentPartDefinition
{
    public required string Name { get; init; }

    /// <summary>Whether the part must be filled (a Summary may be optional on one type and required on another).</summary>
    public bool Required { get; init; }
}

/// <summary>A field of a type, with its settings; <see cref="Type"/> names one of the field kinds (Text, Choice, …).</summary>
public sealed record ContentFieldDefinition
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required string Type { get; init; }

    public bool Required { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>For Number fields: the smallest value accepted (Int32's when none is set).</summary>
    public int? Min { get; init; }

    /// <summary>For Number fields: the largest value accepted (Int32's when none is set).</summary>
    public int? Max { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For Choice fields: several values may be chosen.</summary>
    public bool Multiple { get; init; }

    public string? Hint { get; init; }

    /// <summary>
    /// Whether the value is personal data (an address, a person), kept from every public page, feed, public API and the
    /// search index; null follows the field kind (e-mail addresses and accounts are private, the rest public).
    /// </summary>
    public bool? Private { get; init; }

    /// <summary>For ContentPicker fields: the content type that may be picked.</summary>
    [JsonPropertyName("contentType")]
    public string? PickedType { get; init; }
}
