namespace Ngp.Users.Leases;

public sealed record LeaseImportReport(int Imported, int Updated, IReadOnlyList<RefusedRow> Refused);
