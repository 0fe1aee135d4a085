using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Ngp.Core.Data;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;

namespace Ngp.Web.Data;

// Design-time factories, used only by `dotnet ef migrations add` to generate each provider's migrations.
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteNgpDbContext>
{
    public SqliteNgpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNgpDbContext>().UseSqlite("Data Source=design.db").Options, new ModuleCatalog(NgpModules.All));
}
