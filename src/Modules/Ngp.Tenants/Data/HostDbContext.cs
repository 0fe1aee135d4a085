using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
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

/// <summary>
/// Attempts counted under one key (an address or an account, per tenant) in the window that began at
/// <see cref="WindowStartUtc"/>, for the rate limits every web node shares on PostgreSQL (<see cref="PostgresAttemptCounter"/>).
/// </summary>
public sealed class AttemptCountRecord
{
    public required string Key { get; set; }

    public DateTimeOffset WindowStartUtc { get; set; }

    public int Count { get; set; }
}

/// <summary>
/// The host database: the tenant registry (with the schema version of each module per tenant), the attempt counts of the rate limits shared by the web nodes and, on
/// PostgreSQL, the data-protection key ring. Each tenant's own data is in its own database.
/// </summary>
public abstract class HostDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    public DbSet<AttemptCountRecord> AttemptCounts => Set<AttemptCountRecord>();

    public DbSet<TenantModuleSchemaRecord> ModuleSchemas => Set<TenantModuleSchemaRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRecord>(e =>
        {
            e.ToTable("Tenants");
            e.HasKey(t => t.Name);
            e.Property(t => t.Name).HasMaxLength(63);
            e.Property(t => t.DisplayName).HasMaxLength(200);
            e.Property(t => t.UrlPrefix).HasMaxLength(63);
            e.Property(t => t.HostNames).HasMaxLength(1000);
            e.Property(t => t.PublicAddress).HasMaxLength(300);
            e.Property(t => t.Recipe).HasMaxLength(100);
            e.Property(t => t.SchemaVersion).HasMaxLength(150);
            e.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<TenantModuleSchemaRecord>(e =>
        {
            e.ToTable("TenantModuleSchemas");
            e.HasKey(s => new { s.TenantName, s.Module });
            e.Property(s => s.TenantName).HasMaxLength(63);
            e.Property(s => s.Module).HasMaxLength(100);
            e.Property(s => s.Version).HasMaxLength(150);
        });
        modelBuilder.Entity<AttemptCountRecord>(e =>
        {
            e.ToTable("AttemptCounts");
            e.HasKey(a => a.Key);
            e.Property(a => a.Key).HasMaxLength(400);
            e.HasIndex(a => a.WindowStartUtc);
        });
    }
}

public sealed class SqliteHostDbContext(DbContextOptions<SqliteHostDbContext> options) : HostDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}

/// <summary>
/// The host database on PostgreSQL, shared by every web node: it also keeps the data-protection key ring, so a cookie,
/// a token or a signed link made on one node is read on every other (on SQLite the one node keeps it in <c>keys/</c>).
/// </summary>
public sealed class PostgresHostDbContext(DbContextOptions<PostgresHostDbContext> options) : HostDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
