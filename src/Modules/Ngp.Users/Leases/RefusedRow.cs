namespace Ngp.Users.Leases;

public sealed record RefusedRow(int Line, string LeaseReference, string Reason);
