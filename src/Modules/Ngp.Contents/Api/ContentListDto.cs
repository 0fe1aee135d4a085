namespace Ngp.Contents.Api;

public sealed record ContentListDto(IReadOnlyList<ContentItemDto> Items, int Total);
