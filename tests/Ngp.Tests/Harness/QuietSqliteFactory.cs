namespace Ngp.Tests.Harness;

/// <summary>
/// The site on SQLite without its background loops (outbox, indexing, e-mail, workflows), for tests that count the
/// SQL commands of one request: those loops query the same database at moments a test cannot choose.
/// </summary>
public sealed class QuietSqliteFactory : SqliteFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        settings["Ngp:Outbox:Enabled"] = "false";
        settings["Ngp:Search:Enabled"] = "false";
        settings["Ngp:Notifications:Enabled"] = "false";
        settings["Ngp:Workflows:Enabled"] = "false";
    }
}
