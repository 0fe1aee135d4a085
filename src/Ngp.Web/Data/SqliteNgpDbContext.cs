using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Web.Data;

/// <summary>The tenant database on SQLite; carries the SQLite migrations of the composed schema.</summary>
public sealed class SqliteNgpDbContext(DbContextOptions<SqliteNgpDbContext> options, ModuleCatalog modules) : NgpDbContext(options, modules)
{
    // SQLite has no date-time-offset type that sorts; binary ticks keep ordering and comparisons in SQL.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
