namespace Ngp.Core.Leasing;

/// <summary>Names a lease holder: the machine, the process and one loop of it.</summary>
public static class LeaseOwners
{
    public static string New() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
