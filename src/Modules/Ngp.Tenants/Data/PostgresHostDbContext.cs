using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ngp.Tenants.Data;

/// <summary>
/// The host database on PostgreSQL, shared by every web node: it also keeps the data-protection key ring, so a cookie,
/// a token or a signed link made on one node is read on every other (on SQLite the one node keeps it in <c>keys/</c>).
/// </summary>
public sealed class PostgresHostDbContext(DbContextOptions<PostgresHostDbContext> options) : HostDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
