using System.Text.Json.Serialization;

namespace Ngp.Contents.Definitions;

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
