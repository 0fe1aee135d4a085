using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ngp.Core.Modules;

namespace Ngp.Web.Data;

// Design-time factories, used only by `dotnet ef migrations add` to generate each provider's migrations.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteNgpDbContext>
{
    public SqliteNgpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNgpDbContext>().UseSqlite("Data Source=design.db").Options, new ModuleCatalog(NgpModules.All));
}
