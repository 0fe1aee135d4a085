namespace Ngp.Tests.Harness;

public sealed class UnthrottledSqliteFactory : SqliteFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings) => Unthrottled.Apply(settings);
}
