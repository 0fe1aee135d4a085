using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Notifications.Data;

/// <summary>Carries the PostgreSQL migrations of the notifications module's tables (<c>Migrations/Postgres</c>).</summary>
public sealed class PostgresNotificationsSchemaContext(DbContextOptions<PostgresNotificationsSchemaContext> options) : ModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new NotificationsModule();
}
