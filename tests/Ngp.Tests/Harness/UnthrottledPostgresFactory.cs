namespace Ngp.Tests.Harness;

public sealed class UnthrottledPostgresFactory : PostgresFactory
{
    protected override void AddSettings(IDictionary<string, string?> settings) => Unthrottled.Apply(settings);
}
