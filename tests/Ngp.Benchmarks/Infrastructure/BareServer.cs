using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>
/// The baseline server: WebApplication with one endpoint and the site's logging levels, nothing else. With
/// <c>--votes-db PATH</c> it also answers <c>POST /votes</c> with the least a durable vote costs on SQLite: one
/// upsert on a unique key, in its own transaction, on a WAL database (no authentication, no checks, no events).
/// <c>GET /bytes/{count}</c> sends <c>count</c> bytes of HTML held in memory: what sending a page of that size costs
/// Kestrel and the load driver, without producing it.
/// </summary>
public static class BareServer
{
    public const string Mode = "bare-server";
    public const string VotesDbOption = "--votes-db";

    public static async Task RunAsync(string[] args)
    {
        var votesDb = args.SkipWhile(a => a != VotesDbOption).Skip(1).FirstOrDefault();
        var builder = WebApplication.CreateBuilder(args.Where((a, i) => a != VotesDbOption && (i == 0 || args[i - 1] != VotesDbOption)).ToArray());
        // The site's appsettings.json keeps Microsoft.AspNetCore at Warning: no log line per request here either.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/", () => "hello");
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<int, byte[]>();
        app.MapGet("/bytes/{count:int:range(1,10000000)}", (int count) =>
            Results.Bytes(pages.GetOrAdd(count, n => System.Text.Encoding.UTF8.GetBytes(new string('x', n))), "text/html; charset=utf-8"));
        if (votesDb is not null)
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = votesDb, Pooling = true, DefaultTimeout = 30 }.ToString();
            using (var setup = new SqliteConnection(connectionString))
            {
                setup.Open();
                using var command = setup.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS votes(voter TEXT NOT NULL, question TEXT NOT NULL, options TEXT NOT NULL, PRIMARY KEY(voter, question));";
                command.ExecuteNonQuery();
            }
            app.MapPost("/votes", async (HttpRequest request) =>
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA busy_timeout = 30000; BEGIN IMMEDIATE; INSERT INTO votes(voter, question, options) VALUES($voter, $question, $options) ON CONFLICT(voter, question) DO UPDATE SET options = excluded.options; COMMIT;";
                command.Parameters.AddWithValue("$voter", request.Headers.Authorization.ToString());
                command.Parameters.AddWithValue("$question", body.GetProperty("questionId").GetString());
                command.Parameters.AddWithValue("$options", body.GetProperty("optionIds").GetRawText());
                await command.ExecuteNonQueryAsync();
                return Results.Ok(new { counted = true });
            });
        }
        await app.RunAsync();
    }
}
