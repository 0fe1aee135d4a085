using Ngp.Contents.Display;

namespace Ngp.News;

public sealed record NewsPage(IReadOnlyList<ContentView> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
