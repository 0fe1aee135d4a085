using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ngp.Tenants.Data;

namespace Ngp.Web.Data;

internal sealed class PostgresHostDesignFactory : IDesignTimeDbContextFactory<PostgresHostDbContext>
{
    public PostgresHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHostDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
