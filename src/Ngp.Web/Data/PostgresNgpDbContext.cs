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

/// <summary>The tenant database on PostgreSQL; carries the PostgreSQL migrations.</summary>
public sealed class PostgresNgpDbContext(DbContextOptions<PostgresNgpDbContext> options, ModuleCatalog modules) : NgpDbContext(options, modules);
