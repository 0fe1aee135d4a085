namespace Ngp.Contents.Items;

/// <summary>Where a slug leads: the item, or the item's current slug when an old one was asked for.</summary>
public sealed record SlugMatch(ContentItemVersion? Item, string? RedirectToSlug);
