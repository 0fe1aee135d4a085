using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ngp.Core.Modules;

namespace Ngp.Web.Data;

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresNgpDbContext>
{
    public PostgresNgpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNgpDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new ModuleCatalog(NgpModules.All));
}
