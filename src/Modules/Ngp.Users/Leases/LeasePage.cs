namespace Ngp.Users.Leases;

/// <summary>A page of the lease list: its rows, how many leases match in all, the page and the number of pages.</summary>
public sealed record LeasePage(IReadOnlyList<LeaseListRow> Rows, int Total, int Page, int PageCount);
