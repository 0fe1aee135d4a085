namespace Ngp.Core.Tenancy;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
