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

internal sealed class SqliteHostDesignFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite("Data Source=design.db").Options);
}
