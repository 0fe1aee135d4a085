using System.Data.Common;
using Ngp.Core.Data;
using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

/// <summary>
/// The next number of the year, taken in the caller's transaction by one upsert on the year's counter: the row stays
/// locked until the request is committed, so concurrent filings queue on it (no duplicate), and a filing that rolls
/// back gives its number back with it (no gap).
/// </summary>
public static class RequestNumbers
{
    public static async Task<int> NextAsync(NgpDbContext db, int year, CancellationToken ct)
    {
        var rows = new RowCommands<RequestCounter>(db);
        var last = rows.Column(nameof(RequestCounter.Last));
        await using DbCommand command = rows.Command(
            $"INSERT INTO {rows.Table} ({rows.Column(nameof(RequestCounter.Year))}, {last}) VALUES (@year, 1) " +
            $"ON CONFLICT ({rows.Column(nameof(RequestCounter.Year))}) DO UPDATE SET {last} = {rows.Table}.{last} + 1 RETURNING {last}");
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
