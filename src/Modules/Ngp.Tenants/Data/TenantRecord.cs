using Ngp.Core.Tenancy;

namespace Ngp.Tenants.Data;

/// <summary>A row of the tenant registry, kept in the host database shared by every web node.</summary>
public sealed class TenantRecord
{
    public required string Name { get; set; }

    public required string DisplayName { get; set; }

    public TenantState State { get; set; }

    public string UrlPrefix { get; set; } = "";

    /// <summary>Host names separated by commas, lower case.</summary>
    public string HostNames { get; set; } = "";

    /// <summary>Public address of the tenant (<c>https://…</c>, no trailing slash); null to derive it from the head office's.</summary>
    public string? PublicAddress { get; set; }

    public DatabaseProvider DatabaseProvider { get; set; }

    /// <summary>PostgreSQL database name; empty on SQLite, whose file path follows from the data folder.</summary>
    public string DatabaseName { get; set; } = "";

    public required string Recipe { get; set; }

    public string? SetupError { get; set; }

    /// <summary>Last migration applied to the tenant's database, so a start skips tenants already up to date.</summary>
    public string? SchemaVersion { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
