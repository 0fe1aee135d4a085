using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Core.Settings;

namespace Ngp.Core.Data;

/// <summary>
/// The database of one tenant. Core maps identity, settings and the outbox; every module adds its own
/// tables through <see cref="INgpModule.ConfigureModel"/> and only ever queries those.
/// Provider-specific subclasses in the host carry the host's migrations; a module that declares a
/// <see cref="INgpModule.Schema"/> carries its own, and its tables are left out of the host's.
/// </summary>
public abstract class NgpDbContext(DbContextOptions options, ModuleCatalog modules)
    : IdentityDbContext<NgpUser, NgpRole, string>(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxCursor> OutboxCursors => Set<OutboxCursor>();

    public DbSet<OutboxFailure> OutboxFailures => Set<OutboxFailure>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(200).IsRequired();
            e.Property(m => m.Payload).IsRequired();
            e.HasIndex(m => new { m.ProcessedUtc, m.Id });
        });
        builder.Entity<OutboxCursor>(e =>
        {
            e.ToTable("OutboxCursors");
            e.HasKey(c => c.Consumer);
            e.Property(c => c.Consumer).HasMaxLength(100);
            e.Property(c => c.LeaseOwner).HasMaxLength(200);
            e.Property(c => c.LastError).HasMaxLength(2000);
        });
        builder.Entity<OutboxFailure>(e =>
        {
            e.ToTable("OutboxFailures");
            e.HasKey(f => f.Id);
            e.Property(f => f.Consumer).HasMaxLength(100).IsRequired();
            e.Property(f => f.EventType).HasMaxLength(200).IsRequired();
            e.Property(f => f.Error).HasMaxLength(2000).IsRequired();
            e.HasIndex(f => new { f.Consumer, f.EventId });
        });
        builder.Entity<SiteSetting>(e =>
        {
            e.ToTable("SiteSettings");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(100);
            e.Property(s => s.Value).IsRequired();
        });
        foreach (var module in modules.Modules)
        {
            var before = builder.Model.GetEntityTypes().Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            module.ConfigureModel(builder);
            if (module.Schema is null)
                continue;
            // The module's own migrations create these tables: the host's leave them out.
            foreach (var added in builder.Model.GetEntityTypes().Where(e => !before.Contains(e.Name) && !e.IsOwned()).ToList())
                if (added.GetTableName() is { } table)
                    builder.Entity(added.ClrType).ToTable(table, added.GetSchema(), t => t.ExcludeFromMigrations());
        }
    }
}
