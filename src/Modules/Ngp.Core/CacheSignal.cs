namespace Ngp.Core;

/// <summary>
/// What one web node tells the others to forget: a cache's name, a tenant's name and the cache's key in that tenant.
/// An empty <see cref="Tenant"/> means every tenant, an empty <see cref="Key"/> everything of the tenant.
/// </summary>
public sealed record CacheSignal(string Cache, string Tenant, string Key);
