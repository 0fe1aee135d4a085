using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Recipes;
using Ngp.Tenants.Data;
using Ngp.Users;
using Ngp.Users.Accounts;

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
