using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ngp.Core.Data;

/// <summary>A module's migrations context on SQLite, with the tenant context's conventions so the columns are the same.</summary>
public abstract class SqliteModuleSchemaContext(DbContextOptions options) : ModuleSchemaContext(options)
{
    // As in the host's SQLite context: SQLite has no date-time-offset type that sorts, binary ticks do.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
