using System.Text.Json.Nodes;
using Ngp.Contents.Items;

namespace Ngp.Contents.Api;

public sealed record ContentListDto(IReadOnlyList<ContentItemDto> Items, int Total);
