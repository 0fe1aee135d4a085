using Ngp.Core.Tenancy;

namespace Ngp.Tenants;

/// <summary>What a start found or did, for the console banner.</summary>
public sealed record BootstrapReport(bool FirstRun, string AdminEmail, string? GeneratedPassword, IReadOnlyList<TenantDescriptor> Tenants);
