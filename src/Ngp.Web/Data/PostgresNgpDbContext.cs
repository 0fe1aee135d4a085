using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Web.Data;

/// <summary>The tenant database on PostgreSQL; carries the PostgreSQL migrations.</summary>
public sealed class PostgresNgpDbContext(DbContextOptions<PostgresNgpDbContext> options, ModuleCatalog modules) : NgpDbContext(options, modules);
