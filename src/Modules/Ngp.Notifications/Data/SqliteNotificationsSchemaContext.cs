using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Modules;

namespace Ngp.Notifications.Data;

/// <summary>Carries the SQLite migrations of the notifications module's tables (<c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteNotificationsSchemaContext(DbContextOptions<SqliteNotificationsSchemaContext> options) : SqliteModuleSchemaContext(options)
{
    protected override INgpModule Module { get; } = new NotificationsModule();
}
