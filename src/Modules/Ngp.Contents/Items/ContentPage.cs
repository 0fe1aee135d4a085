namespace Ngp.Contents.Items;

public sealed record ContentPage(IReadOnlyList<ContentItemVersion> Items, int Total);
