namespace Ngp.Contents.Definitions;

/// <summary>A type definition as stored in the tenant database: one JSON document per type.</summary>
public sealed class ContentTypeRecord
{
    public required string Name { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
