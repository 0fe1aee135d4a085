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

internal sealed class PostgresHostDesignFactory : IDesignTimeDbContextFactory<PostgresHostDbContext>
{
    public PostgresHostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHostDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
