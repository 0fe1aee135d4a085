namespace Ngp.Contents.Definitions;

public sealed record ContentPartDefinition
{
    public required string Name { get; init; }

    /// <summary>Whether the part must be filled (a Summary may be optional on one type and required on another).</summary>
    public bool Required { get; init; }
}
