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
