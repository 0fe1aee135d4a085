using Microsoft.EntityFrameworkCore;

namespace Ngp.Tenants.Data;

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
