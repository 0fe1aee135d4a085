using Ngp.Maintenance.Handlers;

namespace Ngp.Maintenance.Pages.Shared;

/// <summary>What <c>_RequestTable</c> shows: the rows, and whether links lead to the agent's page.</summary>
public sealed record RequestTableView(IReadOnlyList<RequestSummary> Items, bool AdminLinks);
