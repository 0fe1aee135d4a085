namespace Ngp.Contents.Items;

/// <summary>A published item's title and its public address relative to the tenant (<c>projets/mon-projet</c>), null when its type has no page.</summary>
public sealed record PublishedLink(string Title, string? Url);
