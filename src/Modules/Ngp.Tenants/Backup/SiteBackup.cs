using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;
using Npgsql;

namespace Ngp.Tenants.Backup;

/// <summary>
/// <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt;</c>: the host database and every tenant's database, each
/// copied while the site runs (SQLite's online backup; <c>pg_dump</c> on PostgreSQL), with each tenant's files (media,
/// mail pickup) and the data-protection keys. Search indexes are left out: each node rebuilds them from the task logs.
/// </summary>
public sealed class SiteBackup(IServiceScopeFactory scopes, TenantDatabases databases, ILogger<SiteBackup> logger)
{
    private const string SitesFolder = "Sites";
    private const string KeysFolder = "keys";
    private const string HostFile = "host.db";
    private const string TenantFile = "ngp.db";
    private const string DumpsFolder = "postgres";

    public async Task BackupAsync(string folder, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new InvalidOperationException($"The backup folder {folder} is not empty: give a new one.");
        Directory.CreateDirectory(folder);
        List<TenantRecord> tenants;
        await using (var scope = scopes.CreateAsyncScope())
            tenants = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Tenants.AsNoTracking().ToListAsync(ct);

        if (databases.Provider == DatabaseProvider.Sqlite)
            CopySqlite(databases.HostConnectionString, Path.Combine(folder, HostFile));
        else
            await PgDumpAsync(PostgresName(databases.HostConnectionString), folder, ct);
        foreach (var tenant in tenants)
        {
            var target = Path.Combine(folder, SitesFolder, tenant.Name);
            Directory.CreateDirectory(target);
            if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
                CopySqlite(databases.ConnectionString(tenant), Path.Combine(target, TenantFile));
            else
                await PgDumpAsync(tenant.DatabaseName, folder, ct);
            CopyFiles(databases.TenantFolder(tenant.Name), target);
            logger.LogInformation("Tenant {Tenant} backed up", tenant.Name);
        }
        CopyTree(Path.Combine(databases.DataPath, KeysFolder), Path.Combine(folder, KeysFolder));
    }

    public async Task RestoreAsync(string folder, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        var dataPath = databases.DataPath;
        if (File.Exists(Path.Combine(dataPath, HostFile)) || Directory.Exists(Path.Combine(dataPath, SitesFolder)))
            throw new InvalidOperationException($"The data folder {dataPath} already holds a site: restore into an empty one.");
        Directory.CreateDirectory(dataPath);
        if (databases.Provider == DatabaseProvider.Sqlite)
            File.Copy(Path.Combine(folder, HostFile), Path.Combine(dataPath, HostFile));
        else
        {
            foreach (var dump in Directory.EnumerateFiles(Path.Combine(folder, DumpsFolder), "*.dump"))
                await PgRestoreAsync(Path.GetFileNameWithoutExtension(dump), dump, ct);
        }
        CopyTree(Path.Combine(folder, SitesFolder), Path.Combine(dataPath, SitesFolder));
        CopyTree(Path.Combine(folder, KeysFolder), Path.Combine(dataPath, KeysFolder));
    }

    private static void CopySqlite(string connectionString, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var source = new SqliteConnection(connectionString);
        source.Open();
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
        copy.Open();
        // The online backup API: a consistent copy while the site keeps writing.
        source.BackupDatabase(copy);
    }

    /// <summary>The tenant's files but its database (copied above) and its search indexes (rebuilt from the task log).</summary>
    private static void CopyFiles(string source, string target)
    {
        if (!Directory.Exists(source))
            return;
        foreach (var entry in Directory.EnumerateFileSystemEntries(source))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith(TenantFile, StringComparison.Ordinal) || name.StartsWith("lucene", StringComparison.Ordinal))
                continue;
            if (Directory.Exists(entry))
                CopyTree(entry, Path.Combine(target, name));
            else
                File.Copy(entry, Path.Combine(target, name));
        }
    }

    private static void CopyTree(string source, string target)
    {
        if (!Directory.Exists(source))
            return;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    private static string PostgresName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private async Task PgDumpAsync(string database, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.Combine(folder, DumpsFolder));
        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--file", Path.Combine(folder, DumpsFolder, database + ".dump"), database], ct);
    }

    private async Task PgRestoreAsync(string database, string dump, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(databases.PostgresConnection("postgres")))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        await RunAsync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", database, dump], ct);
    }

    /// <summary>Runs a PostgreSQL client program with the server, user and password of the connection template.</summary>
    private async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var settings = new NpgsqlConnectionStringBuilder(databases.PostgresConnection("postgres"));
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PGHOST"] = settings.Host;
        start.Environment["PGPORT"] = settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = settings.Username;
        start.Environment["PGPASSWORD"] = settings.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {errors}");
        logger.LogInformation("{Program} {Database} done", program, arguments[^1]);
    }
}
