using Ngp.Core.Accounts;

namespace Ngp.Maintenance.Handlers;

/// <summary>Who acts: the agency's staff (every request of the agency), else a resident with their lease (their own, and their building's common areas).</summary>
public sealed record MaintenanceCaller(string UserId, bool IsStaff, UserLease? Lease);
