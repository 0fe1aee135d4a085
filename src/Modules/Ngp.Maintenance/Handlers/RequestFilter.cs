using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

/// <summary>The queue's and the list's filters; <see cref="Open"/> keeps the requests received or in progress.</summary>
public sealed record RequestFilter(RequestStatus? Status = null, bool Open = false, string? Building = null, string? Category = null, bool Late = false, int Page = 1);
