namespace Ngp.Contents.Admin;

/// <summary>An item as it will read, built from the form without saving anything.</summary>
public sealed record ContentPreview(string Title, string? Summary, string BodyHtml, IReadOnlyList<string> Tags, string? Ambition, string? ImagePath, string? ImageAlt, IReadOnlyList<(string Label, string Value)> Fields);
