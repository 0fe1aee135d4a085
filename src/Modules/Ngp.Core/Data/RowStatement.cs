using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ngp.Core.Data;

/// <summary>
/// One INSERT, UPDATE or key lookup on a tenant table, prepared once on the context's connection and in its current
/// transaction, then run for each row with its parameters rebound from the row's properties. A use case that writes
/// many rows of one shape in one transaction (a batch of votes, their events and follows) pays one statement
/// preparation instead of EF's change tracking, command generation and a fresh preparation per row.
/// The caller owns the transaction: nothing is written if it does not commit.
/// </summary>
public sealed class RowStatement<TEntity> : IAsyncDisposable where TEntity : class
{
    private readonly RowCommands<TEntity> _commands;
    private readonly string _text;
    private readonly IProperty[] _properties;
    private readonly IProperty? _returned;
    private DbCommand? _command;
    private DbParameter[] _parameters = [];

    private RowStatement(RowCommands<TEntity> commands, string text, IProperty[] properties, IProperty? returned)
    {
        _commands = commands;
        _text = text;
        _properties = properties;
        _returned = returned;
    }

    /// <summary>
    /// Inserts every mapped column but the store-generated key; the key the database gives is set on the row, as EF
    /// would after its own insert.
    /// </summary>
    public static RowStatement<TEntity> Insert(DbContext db) => Insert(db, "");

    /// <summary>
    /// Inserts like <see cref="Insert(DbContext)"/>, unless a unique index already holds such a row: that row is left
    /// as it is and <see cref="RunAsync"/> returns 0. Other constraints (not null, foreign keys) still fail.
    /// </summary>
    public static RowStatement<TEntity> InsertUnlessPresent(DbContext db) => Insert(db, " ON CONFLICT DO NOTHING");

    /// <summary>Finds the row whose named properties equal the row's, and sets its key on the row; <see cref="RunAsync"/> returns 0 when there is none.</summary>
    public static RowStatement<TEntity> FindKey(DbContext db, params IReadOnlyList<string> where)
    {
        var commands = new RowCommands<TEntity>(db);
        var key = Key(db);
        var conditions = string.Join(" AND ", where.Select((name, i) => $"{commands.Column(name)} = {Name(i)}"));
        return new RowStatement<TEntity>(commands, $"SELECT {commands.Column(key.Name)} FROM {commands.Table} WHERE {conditions}",
            where.Select(commands.Property).ToArray(), key);
    }

    /// <summary>Sets the named properties of the row that has the row's key; <see cref="RunAsync"/> then says how many rows changed.</summary>
    public static RowStatement<TEntity> Update(DbContext db, params IReadOnlyList<string> set)
    {
        var commands = new RowCommands<TEntity>(db);
        var key = Key(db);
        var assignments = string.Join(", ", set.Select((name, i) => $"{commands.Column(name)} = {Name(i)}"));
        return new RowStatement<TEntity>(commands, $"UPDATE {commands.Table} SET {assignments} WHERE {commands.Column(key.Name)} = {Name(set.Count)}",
            set.Select(commands.Property).Append(key).ToArray(), null);
    }

    /// <summary>Runs the statement for one row; returns the number of rows it wrote or found.</summary>
    public async Task<int> RunAsync(TEntity row, CancellationToken ct)
    {
        if (_command is null)
            await PrepareAsync(row, ct);
        else
        {
            for (var i = 0; i < _properties.Length; i++)
                RowCommands<TEntity>.Set(_parameters[i], _properties[i], _properties[i].GetGetter().GetClrValue(row));
        }
        if (_returned is null)
            return await _command!.ExecuteNonQueryAsync(ct);
        var value = await _command!.ExecuteScalarAsync(ct);
        if (value is null or DBNull)
            return 0;
        var converter = _returned.GetTypeMapping().Converter;
        _returned.PropertyInfo!.SetValue(row, converter is null ? Convert.ChangeType(value, _returned.ClrType, CultureInfo.InvariantCulture) : converter.ConvertFromProvider(value));
        return 1;
    }

    public ValueTask DisposeAsync() => _command?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>Prepared at the first row, whose values type the parameters as EF would (PostgreSQL prepares with those types).</summary>
    private async Task PrepareAsync(TEntity first, CancellationToken ct)
    {
        var command = _commands.Command(_text);
        try
        {
            _parameters = _properties.Select((p, i) => _commands.Parameter(command, Name(i), p, p.GetGetter().GetClrValue(first))).ToArray();
            await command.PrepareAsync(ct);
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
        _command = command;
    }

    private static RowStatement<TEntity> Insert(DbContext db, string onConflict)
    {
        var commands = new RowCommands<TEntity>(db);
        var properties = commands.InsertedProperties().ToArray();
        var key = Key(db);
        var columns = string.Join(", ", properties.Select(p => commands.Column(p.Name)));
        var values = string.Join(", ", properties.Select((_, i) => Name(i)));
        return new RowStatement<TEntity>(commands, $"INSERT INTO {commands.Table} ({columns}) VALUES ({values}){onConflict} RETURNING {commands.Column(key.Name)}",
            properties, key.ValueGenerated == ValueGenerated.Never ? null : key);
    }

    private static IProperty Key(DbContext db) =>
        db.Model.FindEntityType(typeof(TEntity))?.FindPrimaryKey()?.Properties.Single() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no key.");

    private static string Name(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}
