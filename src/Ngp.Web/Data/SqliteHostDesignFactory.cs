using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Ngp.Tenants.Data;

namespace Ngp.Web.Data;

internal sealed class SqliteHostDesignFactory : IDesignTimeDbContextFactory<SqliteHostDbContext>
{
    public SqliteHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHostDbContext>().UseSqlite("Data Source=design.db").Options);
}
