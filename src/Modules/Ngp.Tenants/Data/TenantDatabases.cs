using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ngp.Core.Tenancy;
using Npgsql;

namespace Ngp.Tenants.Data;

/// <summary>Where each tenant's data lives, and the creation and removal of its database.</summary>
public sealed class TenantDatabases(IOptions<NgpOptions> options, IHostEnvironment environment)
{
    private readonly NgpOptions _options = options.Value;

    public DatabaseProvider Provider => _options.Database.Provider;

    public string DataPath => Path.GetFullPath(string.IsNullOrWhiteSpace(_options.DataPath)
        ? Path.Combine(environment.ContentRootPath, "App_Data")
        : _options.DataPath);

    public string TenantFolder(string tenantName) => Path.Combine(DataPath, "Sites", tenantName);

    public string HostConnectionString => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteConnectionString(Path.Combine(DataPath, "host.db")),
        _ => PostgresConnection(_options.Database.DatabasePrefix + "_host"),
    };

    /// <summary>Name of a new tenant's database: empty on SQLite (a file in the tenant folder).</summary>
    public string NewDatabaseName(string tenantName) =>
        Provider == DatabaseProvider.Sqlite ? "" : $"{_options.Database.DatabasePrefix}_{tenantName.Replace('-', '_')}";

    public string ConnectionString(TenantRecord record) => record.DatabaseProvider switch
    {
        DatabaseProvider.Sqlite => SqliteConnectionString(Path.Combine(TenantFolder(record.Name), "ngp.db")),
        _ => PostgresConnection(record.DatabaseName),
    };

    public TenantDescriptor Describe(TenantRecord record) => new()
    {
        Name = record.Name,
        DisplayName = record.DisplayName,
        State = record.State,
        UrlPrefix = record.UrlPrefix,
        HostNames = record.HostNames.Split(',', StringSplitOptions.RemoveEmptyEntries),
        PublicAddress = record.PublicAddress,
        DatabaseProvider = record.DatabaseProvider,
        ConnectionString = ConnectionString(record),
        Recipe = record.Recipe,
        DataFolder = TenantFolder(record.Name),
        SetupError = record.SetupError,
        CreatedUtc = record.CreatedUtc,
    };

    public async Task EnsureHostDatabaseAsync(CancellationToken ct)
    {
        if (Provider == DatabaseProvider.Sqlite)
            Directory.CreateDirectory(DataPath);
        else
            await CreatePostgresDatabaseAsync(_options.Database.DatabasePrefix + "_host", ct);
    }

    /// <summary>Creates the empty database and folder of a new tenant; the schema comes from migrations.</summary>
    public async Task CreateAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        Directory.CreateDirectory(tenant.DataFolder);
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(tenant.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            // WAL lets readers go on while a writer commits, which is what a busy agency site needs.
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(ct);
        }
        else
        {
            await CreatePostgresDatabaseAsync(new NpgsqlConnectionStringBuilder(tenant.ConnectionString).Database!, ct);
        }
    }

    /// <summary>Deletes a tenant's database and folder for good.</summary>
    public async Task DropAsync(TenantDescriptor tenant, CancellationToken ct)
    {
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
        }
        else
        {
            var database = new NpgsqlConnectionStringBuilder(tenant.ConnectionString).Database!;
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresConnection("postgres"));
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync(ct);
        }
        await DeleteFolderAsync(tenant.DataFolder, ct);
    }

    /// <summary>
    /// Deletes the tenant's folder. A background pass that began before the tenant was disabled (an index commit, a
    /// pickup e-mail) may still write a file while the folder is emptied, which makes the last step fail with
    /// "directory not empty": the deletion is tried again once that pass is over.
    /// </summary>
    private static async Task DeleteFolderAsync(string folder, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(folder))
                    Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(100 * attempt, ct);
            }
        }
    }

    private static string SqliteConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();

    internal string PostgresConnection(string database)
    {
        var template = _options.Database.ConnectionStringTemplate
            ?? throw new InvalidOperationException("Ngp:Database:ConnectionStringTemplate is required when Ngp:Database:Provider is Postgres.");
        return template.Replace("{database}", database, StringComparison.Ordinal);
    }

    private async Task CreatePostgresDatabaseAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(PostgresConnection("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = @name";
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is not null)
            return;
        await using var create = connection.CreateCommand();
        // Database names cannot be parameters; the name comes from a validated tenant name.
        create.CommandText = $"CREATE DATABASE \"{database}\" ENCODING 'UTF8'";
        await create.ExecuteNonQueryAsync(ct);
    }
}
