using Microsoft.AspNetCore.Identity;

namespace Ngp.Core.Data;

/// <summary>A person with an account in one tenant (each tenant has its own users).</summary>
public sealed class NgpUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
