namespace Ngp.Maintenance.Handlers;

public sealed record RequestList(IReadOnlyList<RequestSummary> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
