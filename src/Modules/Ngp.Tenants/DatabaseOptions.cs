using System.ComponentModel.DataAnnotations;
using Ngp.Core.Tenancy;

namespace Ngp.Tenants;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL connection string with a <c>{database}</c> placeholder, e.g.
    /// <c>Host=localhost;Username=ngp;Password=…;Database={database}</c>. Each tenant gets its own database.
    /// </summary>
    public string? ConnectionStringTemplate { get; set; }

    /// <summary>Prefix of every database name NGP creates on PostgreSQL (<c>ngp</c> gives <c>ngp_host</c>, <c>ngp_siege</c>, …).</summary>
    [RegularExpression("^[a-z][a-z0-9_]{0,20}$")]
    public string DatabasePrefix { get; set; } = "ngp";

    /// <summary>
    /// On PostgreSQL, web nodes tell each other at once what their caches must forget (<c>LISTEN</c>/<c>NOTIFY</c> on
    /// the host database). Turn off only where a connection cannot LISTEN (a pooler in transaction mode): each cache's
    /// lifetime then bounds how late another node's change shows.
    /// </summary>
    public bool ChangeNotifications { get; set; } = true;
}
