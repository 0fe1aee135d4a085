namespace Ngp.Tenants.Setup;

public sealed record CreateTenantRequest
{
    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    public string? UrlPrefix { get; init; }

    public IReadOnlyList<string>? HostNames { get; init; }

    /// <summary>Where people reach the agency (<c>https://…</c>); empty to follow the head office's address and the prefix.</summary>
    public string? PublicAddress { get; init; }

    public string? Recipe { get; init; }

    public string? AdminEmail { get; init; }

    public string? AdminPassword { get; init; }
}
