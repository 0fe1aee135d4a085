using Microsoft.EntityFrameworkCore;

namespace Ngp.Tenants.Data;

public sealed class SqliteHostDbContext(DbContextOptions<SqliteHostDbContext> options) : HostDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
}
