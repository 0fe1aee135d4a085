namespace Ngp.Core.Tenancy;

public enum TenantState
{
    Uninitialized,
    Running,
    Disabled,
}
